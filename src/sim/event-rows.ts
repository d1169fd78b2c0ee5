/**
 * Where the monthly step finds last month's reform events: for each event of the plan, its offset in the
 * kernel's rule-major output (row × persons evaluated), grouped by kind in rule order. The step reads the few
 * event bytes of each person directly; where several rules of a kind fire, the first in rule order wins, and
 * hazards and the offer flags combine.
 */
import { PRIVATE_LOENTILSKUD } from './activation-tables.ts';
import type { EvaluationPlan } from './evaluation-plan.ts';

/** `requirement` of a person without a `require` event. */
export const NO_REQUIREMENT = -3;
/** Offer event kinds. */
export const OFFER_REQUIRE = 0;
export const OFFER_END = 1;
export const OFFER_ALLOW_PRIVATE = 2;
/** An `allow` of an offer other than private løntilskud: it changes nothing in the step. */
export const OFFER_NO_EFFECT = 3;
/** Hazard events are kept as bits of an Int32. */
export const MAX_HAZARD_RULES = 31;

export interface EventRows {
  /** Offsets of the transition, visitation, offer and hazard events (first `…Count` entries are in use). */
  transitions: Int32Array;
  transitionCount: number;
  visitations: Int32Array;
  visitationCount: number;
  offers: Int32Array;
  offerCount: number;
  /** Per offer event: its kind (OFFER_REQUIRE …) and, for a require, the offer code it asks for. */
  offerKind: Int8Array;
  offerCode: Int8Array;
  hazards: Int32Array;
  hazardCount: number;
}

export function createEventRows(): EventRows {
  return {
    transitions: new Int32Array(4),
    transitionCount: 0,
    visitations: new Int32Array(4),
    visitationCount: 0,
    offers: new Int32Array(4),
    offerCount: 0,
    offerKind: new Int8Array(4),
    offerCode: new Int8Array(4),
    hazards: new Int32Array(4),
    hazardCount: 0,
  };
}

/** Fills `rows` (arrays grown when needed) for a plan evaluated over `count` persons; an empty plan for null. */
export function eventRows(plan: EvaluationPlan | null, count: number, rows: EventRows): EventRows {
  if (plan && plan.hazards.length > MAX_HAZARD_RULES) {
    throw new Error(
      `${plan.hazards.length} hazard rules are in force at once; the simulator handles ${MAX_HAZARD_RULES}.`,
    );
  }
  const offsets = (events: readonly { row: number }[], into: Int32Array): Int32Array => {
    const out = into.length >= events.length ? into : new Int32Array(events.length * 2);
    events.forEach((event, j) => (out[j] = event.row * count));
    return out;
  };
  const offers = plan?.offers ?? [];
  rows.transitions = offsets(plan?.transitions ?? [], rows.transitions);
  rows.transitionCount = plan?.transitions.length ?? 0;
  rows.visitations = offsets(plan?.visitations ?? [], rows.visitations);
  rows.visitationCount = plan?.visitations.length ?? 0;
  rows.offers = offsets(offers, rows.offers);
  rows.offerCount = offers.length;
  if (rows.offerKind.length < offers.length) {
    rows.offerKind = new Int8Array(offers.length * 2);
    rows.offerCode = new Int8Array(offers.length * 2);
  }
  offers.forEach((event, j) => {
    rows.offerKind[j] =
      event.action === 'require'
        ? OFFER_REQUIRE
        : event.action === 'end'
          ? OFFER_END
          : isPrivateOrGeneric(event.offer)
            ? OFFER_ALLOW_PRIVATE
            : OFFER_NO_EFFECT;
    rows.offerCode[j] = event.offer;
  });
  rows.hazards = offsets(plan?.hazards ?? [], rows.hazards);
  rows.hazardCount = plan?.hazards.length ?? 0;
  return rows;
}

/** `allow` of private løntilskud, or of any employer-based or any offer, opens private løntilskud. */
function isPrivateOrGeneric(offer: number): boolean {
  return offer === PRIVATE_LOENTILSKUD || offer < 0;
}

/** offerEvents bits: an `end` fired; an `allow` of private løntilskud fired; above OFFER_SHIFT, 1 + the first require. */
export const OFFER_ENDS = 1;
export const OFFER_ALLOWS_PRIVATE = 2;
export const OFFER_SHIFT = 2;

/**
 * The offer events of person i: OFFER_ENDS and OFFER_ALLOWS_PRIVATE bits, and (1 + the index of the first
 * `require` in rule order) << OFFER_SHIFT, 0 without one.
 */
export function offerEvents(
  fired: Uint8Array,
  rows: Int32Array,
  kinds: Int8Array,
  count: number,
  i: number,
): number {
  let bits = 0;
  for (let j = 0; j < count; j++) {
    if (fired[(rows[j] ?? 0) + i] !== 1) continue;
    const kind = kinds[j];
    if (kind === OFFER_REQUIRE) {
      if (bits >> OFFER_SHIFT === 0) bits |= (j + 1) << OFFER_SHIFT;
    } else if (kind === OFFER_END) bits |= OFFER_ENDS;
    else if (kind === OFFER_ALLOW_PRIVATE) bits |= OFFER_ALLOWS_PRIVATE;
  }
  return bits;
}

/** Bit j set when hazard event j fired for person i. */
export function hazardEvents(fired: Uint8Array, rows: Int32Array, count: number, i: number): number {
  let bits = 0;
  for (let j = 0; j < count; j++) if (fired[(rows[j] ?? 0) + i] === 1) bits |= 1 << j;
  return bits;
}
