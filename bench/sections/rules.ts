/**
 * The rules section: json-rules-engine vs the compiled kernel (generated loop and eval-free interpreter) on the
 * repository's rules, over a seeded synthetic cohort of person-months, in one run; and the compiled kernel vs a
 * hand-written fused loop on a fixed set of 10 indicator-like rules (a proxy for the limit). A person-evaluation
 * is all rules evaluated for one person-month. Medians of several runs; the outputs are checked to agree.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { buildRuleSet } from '../../src/rules/build-rule-set.ts';
import { compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import type { CompiledKernel } from '../../src/rules/compile-rule-set.ts';
import type { FactColumns } from '../../src/rules/compiled-rule-set.ts';
import {
  FACTS,
  FACT_NAMES,
  OFFERS,
  STATES,
  SUPPORT_STATES,
  columnTypeOf,
  encodeFactValue,
} from '../../src/rules/facts.ts';
import type { FactName } from '../../src/rules/facts.ts';
import { columnsToPerson } from '../../src/rules/person-columns.ts';
import { createReferenceEngine, parameterValues, referenceFacts } from '../../src/rules/reference-engine.ts';
import type { ParameterValues } from '../../src/rules/reference-engine.ts';
import type { ConditionFile, RuleFile, RuleSet } from '../../src/rules/rule-file.ts';
import { createStream } from '../../src/random/random-stream.ts';
import type { RandomStream } from '../../src/random/random-stream.ts';
import type { BenchSection } from '../index.ts';

const PERSON_MONTHS = 100_000;
const ENGINE_SAMPLE = 2_000;
const ENGINE_RUNS = 5;
const KERNEL_RUNS = 21;
const SEED = 2015;

/** The repository's rule set, read from rules/ (indicators, reforms and shared conditions). */
function readRepoRules(): RuleSet | undefined {
  const read = <T>(folder: string): T[] => {
    const url = new URL(`../../rules/${folder}/`, import.meta.url);
    if (!existsSync(url)) return [];
    return readdirSync(url)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(readFileSync(new URL(name, url), 'utf8')) as T);
  };
  const rules = [...read<RuleFile>('indicators'), ...read<RuleFile>('reforms')];
  return rules.length > 0 ? buildRuleSet(rules, read<ConditionFile>('conditions')) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// A seeded synthetic cohort: plausible person-months (states by rough local shares, durations, offers).

const pick = <T>(stream: RandomStream, items: readonly (readonly [T, number])[]): T => {
  let u = stream.next() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) if ((u -= weight) < 0) return item;
  const last = items[items.length - 1];
  if (!last) throw new Error('pick from nothing');
  return last[0];
};
const below = (stream: RandomStream, n: number): number => Math.floor(stream.next() * n);

const STATE_SHARES: readonly (readonly [(typeof STATES)[number], number])[] = [
  ['a-dagpenge', 18],
  ['kontanthjaelp', 14],
  ['integrationsydelse', 3],
  ['uddannelseshjaelp', 7],
  ['revalidering', 1],
  ['ressourceforloeb', 2],
  ['jobafklaring', 2],
  ['sygedagpenge', 10],
  ['fleksjob', 5],
  ['ledighedsydelse', 2],
  ['foertidspension', 8],
  ['selvforsoergelse', 26],
  ['pension', 1],
  ['udrejst', 1],
];

/** `count` synthetic person-months as fact columns, from `createStream(seed)`: the same seed, the same cohort. */
export function syntheticCohort(count: number, seed: number): FactColumns {
  const stream = createStream(seed, 0xbe7c);
  const columns = Object.fromEntries(
    FACT_NAMES.map((fact) => [fact, new (columnTypeOf(fact))(count)]),
  ) as FactColumns;
  const set = (fact: FactName, i: number, value: number | boolean | string): void => {
    const definition = FACTS[fact];
    const clamped =
      definition.kind === 'integer' && typeof value === 'number'
        ? Math.min(definition.max, Math.max(definition.min, value))
        : value;
    columns[fact][i] = encodeFactValue(fact, clamped);
  };
  for (let i = 0; i < count; i++) {
    const ydelse = pick(stream, STATE_SHARES);
    const support = SUPPORT_STATES.includes(ydelse);
    const previous = stream.next() < 0.85 ? ydelse : pick(stream, STATE_SHARES);
    const monthsInYdelse = previous !== ydelse ? 1 : 1 + below(stream, 48);
    const monthsOnSupport = support ? monthsInYdelse + below(stream, 24) : 0;
    const unemployed = ydelse === 'a-dagpenge' || ydelse === 'kontanthjaelp';
    const monthsUnemployed = unemployed ? below(stream, 13) : below(stream, 3);
    const education = pick(stream, [
      ['ingen', 30],
      ['erhvervsfaglig', 35],
      ['kvu', 10],
      ['mvu', 15],
      ['lvu', 10],
    ]);
    const visitated =
      ydelse === 'kontanthjaelp' || ydelse === 'uddannelseshjaelp' || ydelse === 'integrationsydelse';
    const offer =
      support && stream.next() < 0.3 ? (OFFERS[1 + below(stream, OFFERS.length - 1)] ?? 'ingen') : 'ingen';
    set('age', i, 16 + below(stream, 52));
    set('ydelse', i, ydelse);
    set('previousYdelse', i, previous);
    set('enteredYdelseThisMonth', i, previous !== ydelse);
    set('monthsInYdelse', i, monthsInYdelse);
    set('monthsOnSupport', i, monthsOnSupport);
    set('weeksOnSupport', i, Math.floor((monthsOnSupport * 52) / 12));
    set('monthsUnemployedLast12', i, monthsUnemployed);
    set('weeksUnemployedLast52', i, Math.floor((monthsUnemployed * 52) / 12));
    set('dagpengeMonthsUsed', i, ydelse === 'a-dagpenge' ? below(stream, 25) : 0);
    set('sickWeeksLast9Months', i, ydelse === 'sygedagpenge' ? below(stream, 40) : 0);
    set('education', i, education);
    set('academic', i, (education === 'mvu' || education === 'lvu') && stream.next() < 0.5);
    set('insured', i, stream.next() < 0.65);
    set(
      'visitation',
      i,
      visitated
        ? pick(stream, [
            ['jobparat', 4],
            ['aktivitetsparat', 4],
            ['uddannelsesparat', 1],
            ['aabenlyst-uddannelsesparat', 1],
          ])
        : 'ingen',
    );
    set('offer', i, offer);
    set('monthsInOffer', i, offer === 'ingen' ? 0 : 1 + below(stream, 6));
    set('integrationProgram', i, ydelse === 'integrationsydelse' || stream.next() < 0.02);
  }
  return columns;
}

// ---------------------------------------------------------------------------------------------------------------
// 10 indicator-like rules and the same rules written by hand as one fused loop: the limit the compiler aims at.

const SUPPORT: string[] = [...SUPPORT_STATES];
const text = { da: 'bench', en: 'bench' };
const indicator = (name: string, conditions: unknown): RuleFile => ({
  name,
  conditions: conditions as RuleFile['conditions'],
  event: { type: 'indicator', params: { indicator: name } },
  meta: { title: text, description: text, sources: [], effectiveFrom: '2015-01' },
  cases: [],
});
const is = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });

/** Ten rules shaped like the 2015 targets (DESIGN §2.1), with a shared condition and a parameter. */
export const REPRESENTATIVE_RULES: RuleSet = {
  rules: [
    indicator('unge-under-30', {
      all: [{ fact: 'age', operator: 'lessThan', value: 30 }, { condition: 'support' }],
    }),
    indicator('kontant-og-uddannelseshjaelp', {
      all: [{ fact: 'ydelse', operator: 'in', value: ['kontanthjaelp', 'uddannelseshjaelp'] }],
    }),
    indicator('langtidsledige', {
      all: [
        {
          any: [
            is('ydelse', 'a-dagpenge'),
            { all: [is('ydelse', 'kontanthjaelp'), is('visitation', 'jobparat')] },
          ],
        },
        { fact: 'monthsUnemployedLast12', operator: 'greaterThanInclusive', value: 10 },
      ],
    }),
    indicator('ledighedsydelse', { all: [is('ydelse', 'ledighedsydelse')] }),
    indicator('ressourceforloeb', { all: [is('ydelse', 'ressourceforloeb')] }),
    indicator('tilgang-foertidspension', {
      all: [is('ydelse', 'foertidspension'), is('enteredYdelseThisMonth', true)],
    }),
    indicator('ledige-akademikere', { all: [is('ydelse', 'a-dagpenge'), is('academic', true)] }),
    indicator('langvarige-forloeb', {
      all: [
        {
          fact: 'ydelse',
          operator: 'in',
          value: ['kontanthjaelp', 'uddannelseshjaelp', 'ledighedsydelse', 'sygedagpenge'],
        },
        { fact: 'monthsOnSupport', operator: 'greaterThan', value: { fact: 'param:longMonths' } },
      ],
    }),
    indicator('virksomhedsrettet-taeller', {
      all: [
        { condition: 'support' },
        {
          fact: 'offer',
          operator: 'in',
          value: ['virksomhedspraktik', 'loentilskud-privat', 'loentilskud-offentlig'],
        },
      ],
    }),
    indicator('virksomhedsrettet-naevner', {
      all: [{ condition: 'support' }, { fact: 'offer', operator: 'notEqual', value: 'ingen' }],
    }),
  ],
  conditions: { support: { all: [{ fact: 'ydelse', operator: 'in', value: SUPPORT }] } },
  parameters: { longMonths: { label: text, value: 12, unit: 'months', source: { document: 'bench' } } },
};

/**
 * REPRESENTATIVE_RULES by hand: one fused, branch-free loop over the columns. Codes are indices in facts.ts
 * (ydelse: 0 a-dagpenge, 1 kontanthjaelp, 3 uddannelseshjaelp, 5 ressourceforloeb, 7 sygedagpenge,
 * 9 ledighedsydelse, 10 foertidspension, support = codes 0–10; visitation 1 jobparat; offer 0 ingen,
 * employer-based = codes 1, 3, 4); checked against facts.ts before timing.
 */
function handWrittenKernel(columns: FactColumns, n: number, out: Uint8Array): void {
  const {
    age,
    ydelse,
    visitation,
    monthsUnemployedLast12,
    enteredYdelseThisMonth,
    academic,
    monthsOnSupport,
    offer,
  } = columns;
  // `as number`: i < n ≤ every column's length; a check here would be the cost we are measuring against.
  for (let i = 0; i < n; i++) {
    const a = age[i] as number;
    const y = ydelse[i] as number;
    const o = offer[i] as number;
    const support = +(y <= 10);
    out[i] = +(a < 30) & support;
    out[n + i] = (10 >>> y) & 1;
    out[2 * n + i] =
      (+(y === 0) | (+(y === 1) & +(visitation[i] === 1))) & +((monthsUnemployedLast12[i] as number) >= 10);
    out[3 * n + i] = +(y === 9);
    out[4 * n + i] = +(y === 5);
    out[5 * n + i] = +(y === 10) & (enteredYdelseThisMonth[i] as number);
    out[6 * n + i] = +(y === 0) & (academic[i] as number);
    out[7 * n + i] = (650 >>> y) & 1 & +((monthsOnSupport[i] as number) > 12);
    out[8 * n + i] = support & ((26 >>> o) & 1);
    out[9 * n + i] = support & +(o !== 0);
  }
}

function checkHandWrittenCodes(): void {
  const code = (value: string) => STATES.indexOf(value as (typeof STATES)[number]);
  const mask = (values: string[]) => values.reduce((sum, value) => sum | (1 << code(value)), 0);
  const ok =
    SUPPORT_STATES.every((state) => code(state) <= 10) &&
    STATES.slice(11).every((state) => !SUPPORT_STATES.includes(state)) &&
    mask(['kontanthjaelp', 'uddannelseshjaelp']) === 10 &&
    mask(['kontanthjaelp', 'uddannelseshjaelp', 'ledighedsydelse', 'sygedagpenge']) === 650 &&
    [1, 3, 4].map((k) => OFFERS[k]).join() ===
      'virksomhedspraktik,loentilskud-privat,loentilskud-offentlig' &&
    encodeFactValue('visitation', 'jobparat') === 1;
  if (!ok) throw new Error('bench: the hand-written loop’s codes no longer match facts.ts; update it');
}

// ---------------------------------------------------------------------------------------------------------------
// Timing.

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** Person-evaluations per second of a kernel over the cohort: median of `runs` timed runs after warm-up. */
function kernelRate(evaluate: (out: Uint8Array) => void, rows: number, count: number): number {
  const out = new Uint8Array(rows * count);
  for (let k = 0; k < 5; k++) evaluate(out);
  const seconds: number[] = [];
  for (let k = 0; k < KERNEL_RUNS; k++) {
    const start = performance.now();
    evaluate(out);
    seconds.push((performance.now() - start) / 1000);
  }
  return count / median(seconds);
}

function outputOf(evaluate: (out: Uint8Array) => void, rows: number, count: number): Uint8Array {
  const out = new Uint8Array(rows * count);
  evaluate(out);
  return out;
}

/**
 * json-rules-engine: one engine for the rule set, one `run` per person, ENGINE_SAMPLE persons a run; returns the
 * median rate and the rules that fired for each person (to check the kernels against).
 */
async function engineRate(
  ruleSet: RuleSet,
  parameters: ParameterValues,
  columns: FactColumns,
): Promise<{ rate: number; fired: Set<string>[] }> {
  const engine = createReferenceEngine(ruleSet);
  const facts = Array.from({ length: ENGINE_SAMPLE }, (_, i) =>
    referenceFacts(columnsToPerson(columns, i), parameters),
  );
  for (const personFacts of facts.slice(0, 200)) await engine.run(personFacts);
  const fired: Set<string>[] = [];
  const seconds: number[] = [];
  for (let k = 0; k < ENGINE_RUNS; k++) {
    const start = performance.now();
    for (const personFacts of facts) {
      const { results } = await engine.run(personFacts);
      if (k === 0) fired.push(new Set(results.map((result) => String(result.name))));
    }
    seconds.push((performance.now() - start) / 1000);
  }
  return { rate: ENGINE_SAMPLE / median(seconds), fired };
}

/** Throws unless the kernel's output agrees with json-rules-engine on the sample: never time a wrong kernel. */
function checkAgainstEngine(
  compiled: CompiledKernel,
  out: Uint8Array,
  count: number,
  fired: Set<string>[],
): void {
  fired.forEach((names, i) => {
    compiled.ruleNames.forEach((rule, r) => {
      if ((out[r * count + i] === 1) !== names.has(rule)) {
        throw new Error(`bench: compiled kernel and json-rules-engine disagree on ${rule} for person ${i}`);
      }
    });
  });
}

const rate = (value: number): string =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(1)} M/s`
    : value >= 1e3
      ? `${(value / 1e3).toFixed(1)} k/s`
      : `${value.toFixed(0)}/s`;
const times = (value: number): string => `${value >= 100 ? value.toFixed(0) : value.toFixed(2)}×`;

export const rulesSection: BenchSection = {
  name: 'rules',
  async run() {
    const repo = readRepoRules();
    const ruleSet = repo ?? REPRESENTATIVE_RULES;
    const parameters = parameterValues(ruleSet);
    const columns = syntheticCohort(PERSON_MONTHS, SEED);
    const codegen = compileRuleSet(ruleSet, { parameters });
    const interpreter = compileRuleSet(ruleSet, { parameters, codegen: false });
    const rows = codegen.ruleNames.length;
    const runCodegen = (out: Uint8Array) => codegen.evaluate(columns, PERSON_MONTHS, out);
    const runInterpreter = (out: Uint8Array) => interpreter.evaluate(columns, PERSON_MONTHS, out);

    const engine = await engineRate(ruleSet, parameters, columns);
    const codegenOut = outputOf(runCodegen, rows, PERSON_MONTHS);
    checkAgainstEngine(codegen, codegenOut, PERSON_MONTHS, engine.fired);
    if (!outputOf(runInterpreter, rows, PERSON_MONTHS).every((byte, k) => byte === codegenOut[k])) {
      throw new Error('bench: the interpreter and the generated kernel disagree');
    }
    const compiledRate = kernelRate(runCodegen, rows, PERSON_MONTHS);
    const interpreterRate = kernelRate(runInterpreter, rows, PERSON_MONTHS);

    // The limit: the same 10 representative rules, generated vs written by hand.
    checkHandWrittenCodes();
    const representative = compileRuleSet(REPRESENTATIVE_RULES, {
      parameters: parameterValues(REPRESENTATIVE_RULES),
    });
    const repRows = representative.ruleNames.length;
    const runRepresentative = (out: Uint8Array) => representative.evaluate(columns, PERSON_MONTHS, out);
    const runHand = (out: Uint8Array) => handWrittenKernel(columns, PERSON_MONTHS, out);
    const repOut = outputOf(runRepresentative, repRows, PERSON_MONTHS);
    if (!outputOf(runHand, repRows, PERSON_MONTHS).every((byte, k) => byte === repOut[k])) {
      throw new Error('bench: the hand-written loop and the compiled kernel disagree');
    }
    // Alternate the two so that machine noise hits both alike.
    const handRates: number[] = [];
    const repRates: number[] = [];
    for (let k = 0; k < 5; k++) {
      handRates.push(kernelRate(runHand, repRows, PERSON_MONTHS));
      repRates.push(kernelRate(runRepresentative, repRows, PERSON_MONTHS));
    }
    const handRate = median(handRates);
    const repRate = median(repRates);

    const source = repo
      ? 'repository rules/'
      : 'representative rules in bench/sections/rules.ts (rules/ is empty)';
    const json = {
      rules: rows,
      ruleSource: repo ? 'repo' : 'representative',
      personMonths: PERSON_MONTHS,
      jsonRulesEngine: { evalsPerSec: engine.rate, persons: ENGINE_SAMPLE, runs: ENGINE_RUNS },
      compiled: { evalsPerSec: compiledRate, runs: KERNEL_RUNS },
      interpreter: { evalsPerSec: interpreterRate, runs: KERNEL_RUNS },
      ratio: compiledRate / engine.rate,
      interpreterRatio: interpreterRate / engine.rate,
      handWritten: {
        rules: repRows,
        evalsPerSec: handRate,
        compiledEvalsPerSec: repRate,
        ratio: handRate / repRate,
      },
    };
    const note = `person-months/s, ${rows} rules (${source})`;
    return {
      json,
      rows: [
        {
          measure: 'json-rules-engine 7.3',
          value: rate(engine.rate),
          note: `${note}; ${ENGINE_SAMPLE} persons × median of ${ENGINE_RUNS}`,
        },
        {
          measure: 'compiled kernel (codegen)',
          value: rate(compiledRate),
          note: `${note}; ${PERSON_MONTHS} × median of ${KERNEL_RUNS}`,
        },
        {
          measure: 'compiled kernel (interpreter)',
          value: rate(interpreterRate),
          note: `${note}; eval-free`,
        },
        { measure: 'codegen / json-rules-engine', value: times(json.ratio), note: 'target ≥ 5,000×' },
        { measure: 'interpreter / json-rules-engine', value: times(json.interpreterRatio), note: '' },
        {
          measure: 'hand-written loop',
          value: rate(handRate),
          note: `${repRows} representative rules, fused by hand`,
        },
        { measure: 'compiled, same rules', value: rate(repRate), note: `${repRows} representative rules` },
        { measure: 'hand-written / compiled', value: times(json.handWritten.ratio), note: 'target ≤ 1.5×' },
      ],
    };
  },
};
