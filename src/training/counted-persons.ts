/**
 * From a number to a person: who is behind an indicator's value in month t of one replication. Runs replication
 * r of the model with every person stepped (rows keep their person: nobody rests in a full run), evaluates the
 * indicator's rules over the whole cohort in months t − 1 and t with the month's compiled kernel, and returns a
 * seeded sample of the persons counted in month t and of those counted in t − 1 but no longer in t, each with
 * their months 0 … t recorded for the stepper.
 *
 * Cost: one replication with the full cohort plus a copy of the fact columns for months 0 … t (the LTK cohort,
 * ≈ 4,000 persons: well under a second in Node; see test/training/counted-persons.test.ts).
 */
import { FACT_NAMES } from '../rules/facts.ts';
import type { FactColumns } from '../rules/compiled-rule-set.ts';
import { createStream } from '../random/random-stream.ts';
import { uniformInt } from '../random/uniform.ts';
import { planForMonth, type PreparedModel } from '../sim/prepare-model.ts';
import { replicationInputs } from '../sim/replication-inputs.ts';
import { simulateReplication } from '../sim/simulate-replication.ts';
import type { Month } from '../time/month.ts';
import { PathRecorder, type PathMonth } from './path-month.ts';

/** Stream purpose key of the sample ("CNT"). */
export const SAMPLE_STREAM_KEY = 0x434e54;

export interface CountedQuery {
  /** Indicator id, e.g. "langtidsledige". */
  indicator: string;
  /** Month index 0 … model.months. */
  t: number;
  /** Replication whose persons are shown. @default 0 */
  replication?: number;
  /** Persons in each sample. @default 8 */
  k?: number;
  /** Seed of the sample (not of the run). @default the scenario's seed */
  sampleSeed?: number;
}

export interface CountedPerson {
  /** Row of the person in the replication's cohort (persons who arrived by inflow have rows past month 0's). */
  row: number;
  /** The person's recorded months from their first month in the run up to and including t. */
  history: PathMonth[];
}

export interface CountedPersons {
  indicator: string;
  /** Which rules count a person: the indicator's `count` rules, or the numerator rules of a ratio. */
  role: 'count' | 'numerator';
  t: number;
  month: Month;
  replication: number;
  /** Persons counted in month t, and counted in t − 1 but not in t (0 in month 0). */
  countedTotal: number;
  stoppedTotal: number;
  /** Seeded samples of at most k persons each, by row. */
  counted: CountedPerson[];
  stopped: CountedPerson[];
}

/**
 * `countedPersons(model, {indicator: 'langtidsledige', t: 12})` → a sample of the persons the indicator counts in
 * month 12 of replication 0, and of those who just stopped being counted. Throws for an unknown indicator or month.
 */
export function countedPersons(model: PreparedModel, query: CountedQuery): CountedPersons {
  const definition = model.indicators.find((candidate) => candidate.id === query.indicator);
  if (!definition) {
    throw new Error(
      `No rule counts indicator "${query.indicator}"; the rules count ${model.indicators.map((d) => d.id).join(', ')}.`,
    );
  }
  const t = query.t;
  if (!Number.isInteger(t) || t < 0 || t > model.months) {
    throw new RangeError(`Month ${t} is outside the run (0–${model.months}).`);
  }
  const replication = query.replication ?? 0;
  const role = definition.kind === 'ratio' ? 'numerator' : 'count';
  const ruleNames = new Set(role === 'count' ? definition.rules.count : definition.rules.numerator);
  const drawn = replicationInputs(model, replication).ruleParameters;
  const snapshots: { count: number; columns: FactColumns }[] = [];
  let before: Uint8Array = new Uint8Array(0);
  let now: Uint8Array = new Uint8Array(0);
  simulateReplication(model, replication, {
    onMonth: (month, cohort) => {
      if (month > t) return;
      const count = cohort.count;
      const columns = Object.fromEntries(
        FACT_NAMES.map((name) => [name, cohort.columns[name].slice(0, count)] as const),
      ) as unknown as FactColumns;
      snapshots.push({ count, columns });
      if (month >= t - 1) {
        const counted = countedRows(model, month, drawn, columns, count, ruleNames);
        if (month === t) now = counted;
        else before = counted;
      }
    },
  });
  const countedRowsNow: number[] = [];
  const stoppedRows: number[] = [];
  now.forEach((flag, row) => {
    if (flag === 1) countedRowsNow.push(row);
  });
  before.forEach((flag, row) => {
    if (flag === 1 && now[row] !== 1) stoppedRows.push(row);
  });
  const stream = createStream(query.sampleSeed ?? model.scenario.seed, SAMPLE_STREAM_KEY, replication, t);
  const k = query.k ?? 8;
  const recorder = new PathRecorder(model, drawn);
  const history = (row: number): CountedPerson => {
    const months: PathMonth[] = [];
    snapshots.forEach((snapshot, month) => {
      if (row < snapshot.count) months.push(recorder.record(month, snapshot.columns, row, months.at(-1)));
    });
    return { row, history: months };
  };
  return {
    indicator: definition.id,
    role,
    t,
    month: model.monthLabels[t] ?? '',
    replication,
    countedTotal: countedRowsNow.length,
    stoppedTotal: stoppedRows.length,
    counted: sample(countedRowsNow, k, stream).map(history),
    stopped: sample(stoppedRows, k, stream).map(history),
  };
}

/** 1 for each row that one of `ruleNames` counts in month t. */
function countedRows(
  model: PreparedModel,
  t: number,
  drawn: Readonly<Record<string, number>>,
  columns: FactColumns,
  count: number,
  ruleNames: ReadonlySet<string>,
): Uint8Array {
  const kernel = planForMonth(model, t, drawn).kernel;
  const out = new Uint8Array(Math.max(1, kernel.ruleNames.length * count));
  kernel.evaluate(columns, count, out);
  const counted = new Uint8Array(count);
  kernel.ruleNames.forEach((name, rule) => {
    if (!ruleNames.has(name)) return;
    for (let i = 0; i < count; i++) if (out[rule * count + i] === 1) counted[i] = 1;
  });
  return counted;
}

/** At most k of `rows`, drawn without replacement (partial Fisher–Yates), in row order. */
function sample(rows: number[], k: number, stream: ReturnType<typeof createStream>): number[] {
  const pool = [...rows];
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = uniformInt(stream, i, pool.length - 1);
    const picked = pool[j] ?? 0;
    pool[j] = pool[i] ?? 0;
    pool[i] = picked;
  }
  return pool.slice(0, n).sort((a, b) => a - b);
}
