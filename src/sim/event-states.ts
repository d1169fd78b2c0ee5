/**
 * Per ydelse, which kinds of reform event can fire there: quietStates (the three-valued reading of the
 * conditions with only the ydelse and the `known` facts known) over the rules of each kind. The monthly step
 * reads a person's transition, visitation, offer and hazard bytes only for the kinds that may fire in the
 * person's ydelse, for a person without an offer from the reading with no offer known; most persons
 * (førtidspension, self-support…) then read none. A rule that cannot fire left its byte 0, so skipping the
 * byte changes nothing.
 */
import { STATES } from '../rules/facts.ts';
import type { RuleEvent, RuleSet } from '../rules/rule-file.ts';
import { quietStates, type KnownFacts } from './quiet-states.ts';

/** Bits of eventStates: a rule of this kind may fire in the state. */
export const MAY_TRANSITION = 1;
export const MAY_VISITATE = 2;
export const MAY_OFFER = 4;
export const MAY_HAZARD = 8;

const KIND_BITS: readonly [RuleEvent['type'], number][] = [
  ['transition', MAY_TRANSITION],
  ['visitation', MAY_VISITATE],
  ['offer', MAY_OFFER],
  ['hazard', MAY_HAZARD],
];

/** Facts known of a person without an offer. */
export const WITHOUT_OFFER = { offer: 'ingen', monthsInOffer: 0 } as const;

/**
 * `eventStates(ruleSet)[STATES.indexOf('kontanthjaelp')] & MAY_OFFER` → some offer rule may fire there for some
 * person; `eventStates(ruleSet, WITHOUT_OFFER)` → for a person without an offer.
 */
export function eventStates(ruleSet: RuleSet, known: KnownFacts = {}): Uint8Array {
  const bits = new Uint8Array(STATES.length);
  for (const [type, bit] of KIND_BITS) {
    const rules = ruleSet.rules.filter((rule) => rule.event.type === type);
    if (rules.length === 0) continue;
    const quiet = quietStates({ ...ruleSet, rules }, known);
    quiet.forEach((isQuiet, state) => {
      if (isQuiet !== 1) bits[state] = (bits[state] ?? 0) | bit;
    });
  }
  return bits;
}
