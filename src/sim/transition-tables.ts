/**
 * The transition model of one replication as flat lookup tables, so that the monthly step computes a person's
 * exit probabilities with a few loads and multiplications and no allocation. A (state, destination) pair is
 * numbered k; pairs of state s are k = destStart[s] … destStart[s + 1] − 1. Factor tables are value-major,
 * table[value × pairs + k], so that the factors of one person's destinations share a cache line, and only as
 * long as the scenario's bands need: values beyond the last band boundary use the last entry.
 */
import { EDUCATION_LEVELS, OFFERS, STATES, VISITATIONS, type State } from '../rules/facts.ts';
import type { BandFactors, Quantity, StateTransitions } from '../scenario/scenario.ts';

const EDU = EDUCATION_LEVELS.length;
const VIS = VISITATIONS.length;
const NS = STATES.length;
const SELF_SUPPORT = STATES.indexOf('selvforsoergelse');

export interface TransitionTables {
  /** Number of (state, destination) pairs. */
  readonly pairs: number;
  /** Pairs of state s: destStart[s] ≤ k < destStart[s + 1]. */
  readonly destStart: Int32Array;
  /** Destination state code of pair k. */
  readonly pairDest: Int32Array;
  /** Pair index of (s, d) at s × STATES.length + d, or −1. */
  readonly pairIndex: Int32Array;
  /** Base monthly probability of pair k. */
  readonly base: Float64Array;
  /** Macro elasticity of pair k (0 when the macro factor does not apply). */
  readonly elasticity: Float64Array;
  /** Factor by monthsInYdelse m: duration[min(m, durationSize − 1) × pairs + k]. */
  readonly duration: Float64Array;
  readonly durationSize: number;
  /** Factor by age a: age[min(a, ageSize − 1) × pairs + k]. */
  readonly age: Float64Array;
  readonly ageSize: number;
  /** Factor by education e and visitation v: eduVis[(e × 5 + v) × pairs + k]. */
  readonly eduVis: Float64Array;
  /** Factor by offer o (exits to self-support only): offer[o × pairs + k]. */
  readonly offer: Float64Array;
  /** Largest number of destinations of any state. */
  readonly maxDestinations: number;
  /** 1 for a state whose exits have no factor besides the base (the step then skips the lookups). */
  readonly plain: Uint8Array;
}

/** Value of a Quantity as drawn for the replication. */
export type QuantityValue = (quantity: Quantity) => number;

export interface TransitionInput {
  transitions: { [S in State]?: StateTransitions };
  /** Factor on exits to self-support while in each offer type. */
  offerEffects: { [offer: string]: Quantity | undefined };
  /** Hazard redirections (state codes): a pair to `to` is kept wherever a pair to `from` exists. */
  redirects: readonly { from: number; to: number }[];
}

/** Entries a band table needs: every value up to the largest band boundary, then one for "beyond". */
function bandTableSize(specs: readonly (readonly BandFactors[] | undefined)[]): number {
  let largest = 0;
  for (const list of specs) {
    for (const factor of list ?? []) {
      for (const band of factor.bands) largest = Math.max(largest, band.min, band.max ?? band.min);
    }
  }
  return largest + 2;
}

export function transitionTables(input: TransitionInput, value: QuantityValue): TransitionTables {
  const destinations: number[][] = STATES.map((state) => {
    const exits = input.transitions[state]?.exits ?? {};
    return STATES.flatMap((d, code) => (exits[d] !== undefined && d !== state ? [code] : []));
  });
  // A hazard may move probability to a destination the state has no base exit to: give it a pair with base 0.
  for (const [s, list] of destinations.entries()) {
    for (const { from, to } of input.redirects) {
      if (list.includes(from) && !list.includes(to) && to !== s) list.push(to);
    }
    list.sort((a, b) => a - b);
  }
  const destStart = new Int32Array(NS + 1);
  destinations.forEach((list, s) => (destStart[s + 1] = (destStart[s] ?? 0) + list.length));
  const K = destStart[NS] ?? 0;
  const specs = STATES.map((state) => input.transitions[state]);
  const durationSize = bandTableSize(specs.map((spec) => spec?.duration));
  const ageSize = bandTableSize(specs.map((spec) => spec?.age));
  const tables = {
    pairs: K,
    destStart,
    pairDest: Int32Array.from(destinations.flat()),
    pairIndex: new Int32Array(NS * NS).fill(-1),
    base: new Float64Array(K),
    elasticity: new Float64Array(K),
    duration: new Float64Array(durationSize * K).fill(1),
    durationSize,
    age: new Float64Array(ageSize * K).fill(1),
    ageSize,
    eduVis: new Float64Array(EDU * VIS * K).fill(1),
    offer: new Float64Array(OFFERS.length * K).fill(1),
    maxDestinations: Math.max(0, ...destinations.map((list) => list.length)),
    plain: new Uint8Array(NS),
  };
  const scale = (table: Float64Array, row: number, k: number, factor: number): void => {
    table[row * K + k] = (table[row * K + k] ?? 1) * factor;
  };
  STATES.forEach((state, s) => {
    const spec = input.transitions[state];
    const pairs = (destinations[s] ?? []).map((d, j) => ({ d, k: (destStart[s] ?? 0) + j }));
    for (const { d, k } of pairs) {
      tables.pairIndex[s * NS + d] = k;
      const exit = spec?.exits[STATES[d] as State];
      tables.base[k] = exit ? clamp01(value(exit)) : 0;
      if (d !== SELF_SUPPORT) continue;
      OFFERS.forEach((offer, o) => {
        const effect = input.offerEffects[offer];
        if (effect) scale(tables.offer, o, k, nonNegative(value(effect)));
      });
    }
    if (!spec) return;
    const applies = (to: readonly State[] | undefined, d: number): boolean =>
      to === undefined || to.includes(STATES[d] as State);
    if (spec.macroElasticity) {
      const e = value(spec.macroElasticity);
      const to = spec.macroDestinations ?? ['selvforsoergelse'];
      for (const { d, k } of pairs) if (applies(to, d)) tables.elasticity[k] = e;
    }
    const bands = (factors: readonly BandFactors[] | undefined, table: Float64Array, size: number): void => {
      for (const factor of factors ?? []) {
        for (const band of factor.bands) {
          const f = nonNegative(value(band.factor));
          // An open band reaches the last entry, which stands for every larger value.
          const max = band.max === undefined ? size - 1 : Math.min(band.max, size - 2);
          for (const { d, k } of pairs) {
            if (!applies(factor.to, d)) continue;
            for (let x = Math.max(0, band.min); x <= max; x++) scale(table, x, k, f);
          }
        }
      }
    };
    bands(spec.duration, tables.duration, durationSize);
    bands(spec.age, tables.age, ageSize);
    for (const factor of spec.education ?? []) {
      EDUCATION_LEVELS.forEach((level, e) => {
        const q = factor.values[level];
        if (!q) return;
        const f = nonNegative(value(q));
        for (const { d, k } of pairs) {
          if (applies(factor.to, d)) for (let v = 0; v < VIS; v++) scale(tables.eduVis, e * VIS + v, k, f);
        }
      });
    }
    for (const factor of spec.visitation ?? []) {
      VISITATIONS.forEach((category, v) => {
        const q = factor.values[category];
        if (!q) return;
        const f = nonNegative(value(q));
        for (const { d, k } of pairs) {
          if (applies(factor.to, d)) for (let e = 0; e < EDU; e++) scale(tables.eduVis, e * VIS + v, k, f);
        }
      });
    }
  });
  const allOnes = (table: Float64Array, rows: number, k: number): boolean => {
    for (let row = 0; row < rows; row++) if (table[row * K + k] !== 1) return false;
    return true;
  };
  for (let s = 0; s < NS; s++) {
    let plain = true;
    for (let k = destStart[s] ?? 0; k < (destStart[s + 1] ?? 0) && plain; k++) {
      plain =
        allOnes(tables.duration, durationSize, k) &&
        allOnes(tables.age, ageSize, k) &&
        allOnes(tables.eduVis, EDU * VIS, k) &&
        allOnes(tables.offer, OFFERS.length, k);
    }
    tables.plain[s] = plain ? 1 : 0;
  }
  return tables;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function nonNegative(x: number): number {
  return x < 0 ? 0 : x;
}
