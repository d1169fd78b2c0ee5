/**
 * The reform events that fired for each person, gathered from the kernel's rule-major output in one sequential
 * sweep per event row, so that the monthly step reads one small value per kind instead of probing every event
 * row for every person. Where several rules of a kind fire, the first in rule order wins (rows are swept from
 * the last to the first, so earlier rows overwrite later ones); hazards combine.
 */
import { PRIVATE_LOENTILSKUD } from './activation-tables.ts';
import type { EvaluationPlan } from './evaluation-plan.ts';

/** `requirement` of a person without a `require` event. */
export const NO_REQUIREMENT = -3;
/** offerFlags bits. */
export const OFFER_END = 1;
export const OFFER_ALLOW_PRIVATE = 2;
/** Hazard events are kept as bits of an Int32. */
export const MAX_HAZARD_RULES = 31;

export interface PersonEvents {
  /** Persons the arrays hold room for. */
  capacity: number;
  /** Index into plan.transitions of the person's transition event, or −1. */
  transition: Int16Array;
  /** Index into plan.visitations, or −1. */
  visitation: Int16Array;
  /** The offer the first `require` asks for (OFFERS code, OFFER_EMPLOYER_BASED, OFFER_ANY), or NO_REQUIREMENT. */
  requirement: Int8Array;
  /** OFFER_END when an `end` fired; OFFER_ALLOW_PRIVATE when private løntilskud is allowed. */
  offerFlags: Uint8Array;
  /** Bit j set when plan.hazards[j] fired. */
  hazards: Int32Array;
}

export function createPersonEvents(capacity: number): PersonEvents {
  return {
    capacity,
    transition: new Int16Array(capacity),
    visitation: new Int16Array(capacity),
    requirement: new Int8Array(capacity),
    offerFlags: new Uint8Array(capacity),
    hazards: new Int32Array(capacity),
  };
}

/**
 * Fills `events` (grown when too small; the grown object is returned) for persons [0, count) from
 * fired[row × count + person].
 */
export function gatherPersonEvents(
  plan: EvaluationPlan,
  fired: Uint8Array,
  count: number,
  events: PersonEvents,
): PersonEvents {
  const e = events.capacity >= count ? events : createPersonEvents(Math.max(count, events.capacity * 2));
  const { transition, visitation, requirement, offerFlags, hazards } = e;
  transition.fill(-1, 0, count);
  visitation.fill(-1, 0, count);
  requirement.fill(NO_REQUIREMENT, 0, count);
  offerFlags.fill(0, 0, count);
  hazards.fill(0, 0, count);
  for (let j = plan.transitions.length - 1; j >= 0; j--) {
    const base = (plan.transitions[j]?.row ?? 0) * count;
    for (let i = 0; i < count; i++) if (fired[base + i] === 1) transition[i] = j;
  }
  for (let j = plan.visitations.length - 1; j >= 0; j--) {
    const base = (plan.visitations[j]?.row ?? 0) * count;
    for (let i = 0; i < count; i++) if (fired[base + i] === 1) visitation[i] = j;
  }
  for (let j = plan.offers.length - 1; j >= 0; j--) {
    const event = plan.offers[j];
    if (!event) continue;
    const base = event.row * count;
    if (event.action === 'require') {
      for (let i = 0; i < count; i++) if (fired[base + i] === 1) requirement[i] = event.offer;
    } else {
      const flag =
        event.action === 'end' ? OFFER_END : isPrivateOrGeneric(event.offer) ? OFFER_ALLOW_PRIVATE : 0;
      if (flag === 0) continue;
      for (let i = 0; i < count; i++) if (fired[base + i] === 1) offerFlags[i] = (offerFlags[i] ?? 0) | flag;
    }
  }
  if (plan.hazards.length > MAX_HAZARD_RULES) {
    throw new Error(
      `${plan.hazards.length} hazard rules are in force at once; the simulator handles ${MAX_HAZARD_RULES}.`,
    );
  }
  for (let j = 0; j < plan.hazards.length; j++) {
    const base = (plan.hazards[j]?.row ?? 0) * count;
    const bit = 1 << j;
    for (let i = 0; i < count; i++) if (fired[base + i] === 1) hazards[i] = (hazards[i] ?? 0) | bit;
  }
  return e;
}

/** `allow` of private løntilskud, or of any employer-based or any offer, opens private løntilskud. */
function isPrivateOrGeneric(offer: number): boolean {
  return offer === PRIVATE_LOENTILSKUD || offer < 0;
}
