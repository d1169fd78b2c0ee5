/**
 * Step 2b in full: one person's competing-risk exit probabilities (base × duration × age × education and
 * visitation × offer, then the hazard events) and the destination a uniform draw picks. The monthly step calls it
 * only when its bounds cannot settle the month (exit-bounds.ts); the products and sums here are the ones those
 * bounds are formed like, so keep the order of the factors.
 */
import { STATES, VISITATIONS } from '../rules/facts.ts';
import type { ReplicationState } from './replication-state.ts';

const NS = STATES.length;
const NV = VISITATIONS.length;

/**
 * The exit probabilities of a person-month are scaled down to sum to this when factors push them above it
 * (counted in cappedPersonMonths). 1, so that a scenario's "everyone leaves" (probability 1) means exactly that.
 */
export const MAX_EXIT_PROBABILITY = 1;

/** This month's base probabilities, state.baseThisMonth: the macro factor U_t / U_0 on the pairs it applies to. */
export function setBaseThisMonth(state: ReplicationState, macro: number): void {
  const tt = state.inputs.transitions;
  const baseT = state.baseThisMonth;
  for (let k = 0; k < baseT.length; k++) {
    const e = tt.elasticity[k] ?? 0;
    baseT[k] = (tt.base[k] ?? 0) * (e === 0 ? 1 : Math.pow(macro, e));
  }
}

/**
 * The state a person in `from` moves to this month (`from` to stay). `u` is the month's uniform draw when the
 * caller drew it already (it may only when the sum is certainly > 0), or −1: then a draw is made only when the
 * probabilities sum to more than 0, exactly as the step always did.
 */
export function exitDestination(
  state: ReplicationState,
  from: number,
  durationRow: number,
  age: number,
  education: number,
  visitation: number,
  offer: number,
  hazardBits: number,
  u: number,
): number {
  const tt = state.inputs.transitions;
  const { destStart, pairDest, pairIndex, duration, eduVis, plain, pairs: K, ageSize } = tt;
  const baseT = state.baseThisMonth;
  const probs = state.probabilities;
  const k0 = destStart[from] ?? 0;
  const k1 = destStart[from + 1] ?? 0;
  let sum = 0;
  if (plain[from] === 1) {
    for (let k = k0; k < k1; k++) {
      const p = baseT[k] ?? 0;
      probs[k - k0] = p;
      sum += p;
    }
  } else {
    // Row offsets into the value-major factor tables: row × pairs.
    const dRow = durationRow * K;
    const aRow = (age < ageSize ? age : ageSize - 1) * K;
    const evRow = (education * NV + visitation) * K;
    const oRow = offer * K;
    const ageTable = tt.age;
    const offerTable = tt.offer;
    for (let k = k0; k < k1; k++) {
      const p =
        (baseT[k] ?? 0) *
        (duration[dRow + k] ?? 1) *
        (ageTable[aRow + k] ?? 1) *
        (eduVis[evRow + k] ?? 1) *
        (offerTable[oRow + k] ?? 1);
      probs[k - k0] = p;
      sum += p;
    }
  }
  const hazardEvents = state.plan?.hazards ?? [];
  for (let j = 0; hazardBits !== 0; j++, hazardBits >>>= 1) {
    const event = hazardEvents[j];
    if ((hazardBits & 1) === 0 || event === undefined) continue;
    const kd = pairIndex[from * NS + event.to] ?? -1;
    if (kd < 0) continue;
    const before = probs[kd - k0] ?? 0;
    const after = before * event.factor;
    probs[kd - k0] = after;
    sum += after - before;
    const kr = event.redirectTo >= 0 ? (pairIndex[from * NS + event.redirectTo] ?? -1) : -1;
    if (kr >= 0 && before > after) {
      probs[kr - k0] = (probs[kr - k0] ?? 0) + (before - after);
      sum += before - after;
    }
  }
  if (!(sum > 0)) return from;
  let scale = 1;
  if (sum > MAX_EXIT_PROBABILITY) {
    scale = MAX_EXIT_PROBABILITY / sum;
    state.capped++;
  }
  const draw = u >= 0 ? u : state.main.next();
  let cumulative = 0;
  for (let k = k0; k < k1; k++) {
    cumulative += (probs[k - k0] ?? 0) * scale;
    if (draw < cumulative) return pairDest[k] ?? from;
  }
  return from;
}
