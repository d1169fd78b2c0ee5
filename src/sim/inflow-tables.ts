/**
 * Inflow streams of one replication as numbers and cumulative share tables: how many new persons enter each state
 * from outside the cohort each month (a Poisson count), and who they are.
 */
import { EDUCATION_LEVELS, STATES, VISITATIONS } from '../rules/facts.ts';
import type { InflowStream, Quantity } from '../scenario/scenario.ts';
import { monthIndex, type Month } from '../time/month.ts';
import type { QuantityValue } from './transition-tables.ts';

export interface InflowTable {
  id: string;
  /** State code new persons enter. */
  state: number;
  /** First and last month offset t (inclusive) of the stream. */
  first: number;
  last: number;
  /** Mean persons per month before the macro factor. */
  perMonth: number;
  elasticity: number;
  /** Age bands and their cumulative shares. */
  ageMin: Int32Array;
  ageMax: Int32Array;
  ageCumulative: Float64Array;
  /** Cumulative shares by EDUCATION_LEVELS code. */
  educationCumulative: Float64Array;
  academic: number;
  insured: number;
  /** Cumulative shares by VISITATIONS code, or null to leave visitation "ingen". */
  visitationCumulative: Float64Array | null;
  integrationProgram: number;
}

/** Cumulative shares of the listed keys (normalised so the last is exactly 1); null when none is listed. */
export function cumulativeShares(
  keys: readonly string[],
  shares: { [key: string]: Quantity | undefined } | undefined,
  value: QuantityValue,
  where: string,
): Float64Array | null {
  if (!shares) return null;
  const raw = keys.map((key) => {
    const q = shares[key];
    return q ? Math.max(0, value(q)) : 0;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0))
    throw new Error(`${where}: the shares sum to ${total}; give at least one positive share.`);
  let sum = 0;
  const cumulative = Float64Array.from(raw, (share) => (sum += share / total));
  cumulative[cumulative.length - 1] = 1;
  return cumulative;
}

export function inflowTables(
  streams: readonly InflowStream[],
  start: Month,
  value: QuantityValue,
): InflowTable[] {
  const origin = monthIndex(start);
  return streams.map((stream, i) => {
    const where = `Scenario /inflow/${i} ("${stream.id}")`;
    if (!stream.mix.age.length) throw new Error(`${where}/mix/age: give at least one age band.`);
    const ageCumulative = cumulativeShares(
      stream.mix.age.map((_, j) => String(j)),
      Object.fromEntries(stream.mix.age.map((band, j) => [String(j), band.share])),
      value,
      `${where}/mix/age`,
    );
    const education =
      cumulativeShares(EDUCATION_LEVELS, stream.mix.education, value, `${where}/mix/education`) ??
      Float64Array.from(EDUCATION_LEVELS, (level, j) =>
        j >= EDUCATION_LEVELS.indexOf('erhvervsfaglig') ? 1 : 0,
      );
    const state = STATES.indexOf(stream.state);
    return {
      id: stream.id,
      state,
      first: stream.fromMonth === undefined ? 1 : Math.max(1, monthIndex(stream.fromMonth) - origin),
      last: stream.toMonth === undefined ? Number.MAX_SAFE_INTEGER : monthIndex(stream.toMonth) - origin,
      perMonth: Math.max(0, value(stream.perMonth)),
      elasticity: stream.macroElasticity ? value(stream.macroElasticity) : 0,
      ageMin: Int32Array.from(stream.mix.age, (band) => band.min),
      ageMax: Int32Array.from(stream.mix.age, (band) => band.max),
      ageCumulative: ageCumulative ?? new Float64Array([1]),
      educationCumulative: education,
      academic: stream.mix.academic ? value(stream.mix.academic) : 0,
      insured: stream.mix.insured ? value(stream.mix.insured) : stream.state === 'a-dagpenge' ? 1 : 0,
      visitationCumulative: cumulativeShares(
        VISITATIONS,
        stream.mix.visitation,
        value,
        `${where}/mix/visitation`,
      ),
      integrationProgram: stream.mix.integrationProgram
        ? value(stream.mix.integrationProgram)
        : stream.state === 'integrationsydelse'
          ? 1
          : 0,
    };
  });
}
