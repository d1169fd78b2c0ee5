/**
 * Bounds on a person's monthly exit probabilities, computed once per replication from its transition tables and
 * macro path, so that the monthly step can settle most person-months with one draw and no table lookups:
 * - `upper`: no person in state s, at duration row r, with or without an offer, can have exit probabilities
 *   summing to more than upper[(s × durationSize + r) × 2 + inOffer] in any month. A draw u ≥ upper means "stays"
 *   exactly as the full computation would decide: every product and sum below is formed in the order the step
 *   forms it, and rounding to nearest is monotone, so larger factors never give a smaller floating-point sum.
 * - `positive`: 1 where that sum is certainly > 0 (the step draws only when it is, so it may draw first).
 * - `durationZeroFrom`, `ageZeroFrom`: per pair, the duration row / age from which the factor is 0 for good; the
 *   step uses them to find self-supporting persons who can never leave again.
 * `upper` carries a margin of 1e-9 (relative) so that it also holds under hazard events that move part of one
 * exit's probability to another exit of the state (see safeHazards): the sum is then the same number up to a few
 * roundings of 2^-53 each. Other hazards, which may raise the sum, take the full path. When a table holds a
 * number that is not finite (0 × ∞ would make a sum NaN, which the step treats as "no draw"), no bound claims
 * anything: `positive` is all 0 and the zero-from rows say "never".
 */
import { OFFERS, STATES } from '../rules/facts.ts';
import type { HazardAction } from './evaluation-plan.ts';
import type { TransitionTables } from './transition-tables.ts';

const NS = STATES.length;
/** Relative margin of `upper` over the largest floating-point sum (see above). */
const MARGIN = 1 + 1e-9;

/** A duration or age no person reaches. */
export const NEVER = 0x7fffffff;

export interface ExitBounds {
  readonly upper: Float64Array;
  readonly positive: Uint8Array;
  /** Per pair: first duration (months) from which the factor is 0 at every longer duration; NEVER when never. */
  readonly durationZeroFrom: Int32Array;
  /** Per pair: first age from which the factor is 0 at every higher age; NEVER when never. */
  readonly ageZeroFrom: Int32Array;
  /** False when some factor or base probability is not finite (then the bounds claim nothing). */
  readonly finite: boolean;
}

/** Bounds for the tables of one replication and its macro path U_t / U_0 (months 1… are stepped). */
export function exitBounds(tables: TransitionTables, macro: Float64Array): ExitBounds {
  const { pairs: K, destStart, durationSize, ageSize, duration, age, eduVis, offer } = tables;
  const states = destStart.length - 1;
  const combinations = eduVis.length / Math.max(1, K);
  // The macro factor of each pair over the stepped months, formed as the step forms it.
  const baseHigh = new Float64Array(K);
  const baseLow = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const e = tables.elasticity[k] ?? 0;
    let high = 1;
    let low = 1;
    for (let t = 1; t < macro.length && e !== 0; t++) {
      const f = Math.pow(macro[t] ?? 1, e);
      if (t === 1 || f > high) high = f;
      if (t === 1 || f < low) low = f;
      if (!Number.isFinite(f)) high = low = NaN;
    }
    const base = tables.base[k] ?? 0;
    baseHigh[k] = base * high;
    baseLow[k] = base * low;
  }
  const finite = [tables.base, baseHigh, baseLow, duration, age, eduVis, offer].every(allFinite);
  const ageHigh = new Float64Array(K);
  const ageLow = new Float64Array(K);
  const eduVisHigh = new Float64Array(K);
  const eduVisLow = new Float64Array(K);
  const offerHigh = new Float64Array(K);
  const offerLow = new Float64Array(K);
  extremes(age, K, 0, ageSize, ageHigh, ageLow);
  extremes(eduVis, K, 0, combinations, eduVisHigh, eduVisLow);
  extremes(offer, K, 1, OFFERS.length, offerHigh, offerLow);
  const durationZeroFrom = zeroFrom(duration, K, durationSize, finite);
  const ageZeroFrom = zeroFrom(age, K, ageSize, finite);
  const upper = new Float64Array(states * durationSize * 2);
  const positive = new Uint8Array(states * durationSize * 2);
  for (let s = 0; s < states; s++) {
    const k0 = destStart[s] ?? 0;
    const k1 = destStart[s + 1] ?? 0;
    for (let r = 0; r < durationSize; r++) {
      for (let inOffer = 0; inOffer < 2; inOffer++) {
        let sum = 0;
        let sure = 0;
        for (let k = k0; k < k1; k++) {
          const d = duration[r * K + k] ?? 1;
          const o = inOffer ? (offerHigh[k] ?? 1) : (offer[k] ?? 1);
          sum += (baseHigh[k] ?? 0) * d * (ageHigh[k] ?? 1) * (eduVisHigh[k] ?? 1) * o;
          const oLow = inOffer ? (offerLow[k] ?? 1) : (offer[k] ?? 1);
          if ((baseLow[k] ?? 0) * d * (ageLow[k] ?? 1) * (eduVisLow[k] ?? 1) * oLow > 0) sure = 1;
        }
        const index = (s * durationSize + r) * 2 + inOffer;
        upper[index] = sum * MARGIN;
        positive[index] = finite ? sure : 0;
      }
    }
  }
  return { upper, positive, durationZeroFrom, ageZeroFrom, finite };
}

/** The largest and smallest value of each column k over rows [first, rows) of a value-major table. */
function extremes(
  table: Float64Array,
  K: number,
  first: number,
  rows: number,
  high: Float64Array,
  low: Float64Array,
): void {
  high.fill(-Infinity);
  low.fill(Infinity);
  for (let row = first; row < rows; row++) {
    for (let k = 0; k < K; k++) {
      const x = table[row * K + k] ?? 1;
      if (x > (high[k] ?? 0)) high[k] = x;
      if (x < (low[k] ?? 0)) low[k] = x;
    }
  }
  if (rows <= first) {
    high.fill(1);
    low.fill(1);
  }
}

/**
 * Per column k, the first row of the run of zeros that reaches the last row (values beyond the last row use the
 * last row, so the factor is 0 for good from there); NEVER without one, or when the tables are not finite.
 */
function zeroFrom(table: Float64Array, K: number, rows: number, finite: boolean): Int32Array {
  const from = new Int32Array(K).fill(NEVER);
  if (!finite) return from;
  for (let k = 0; k < K; k++) {
    let row = rows;
    while (row > 0 && table[(row - 1) * K + k] === 0) row--;
    if (row < rows) from[k] = row;
  }
  return from;
}

function allFinite(table: Float64Array): boolean {
  for (let i = 0; i < table.length; i++) {
    const x = table[i] ?? 0;
    if (x - x !== 0) return false; // NaN and ±∞
  }
  return true;
}

/**
 * Per state code, the bits of the hazard events (plan.hazards order) under which `upper` and `positive` still
 * hold for a person in that state: the event does not touch the state's exits, or it scales one exit by a factor
 * in [0, 1] and moves the removed probability to another exit of the state. Fills and returns `out`.
 */
export function safeHazards(
  hazards: readonly HazardAction[],
  tables: TransitionTables,
  out: Int32Array,
): Int32Array {
  for (let s = 0; s < NS; s++) {
    let bits = 0;
    hazards.forEach((event, j) => {
      const touches = (tables.pairIndex[s * NS + event.to] ?? -1) >= 0;
      const moves =
        event.factor >= 0 &&
        event.factor <= 1 &&
        event.redirectTo >= 0 &&
        (tables.pairIndex[s * NS + event.redirectTo] ?? -1) >= 0;
      if (!touches || moves) bits |= 1 << j;
    });
    out[s] = bits;
  }
  return out;
}
