import { describe, expect, it } from 'vitest';
import { STATES, type State } from '../../src/rules/facts.ts';
import type { RuleEvent } from '../../src/rules/rule-file.ts';
import {
  eventStates,
  MAY_HAZARD,
  MAY_OFFER,
  MAY_TRANSITION,
  WITHOUT_OFFER,
} from '../../src/sim/event-states.ts';
import { rule, ruleSetOf } from './small-model.ts';

const code = (state: State): number => STATES.indexOf(state);
const on = (state: State) => ({ fact: 'ydelse', operator: 'equal', value: state }) as const;
const toUddannelseshjaelp: RuleEvent = { type: 'transition', params: { to: 'uddannelseshjaelp' } };
const endOffer: RuleEvent = { type: 'offer', params: { action: 'end', offer: 'nytteindsats' } };
const halveExits: RuleEvent = { type: 'hazard', params: { to: 'selvforsoergelse', factor: 0.5 } };

describe('eventStates', () => {
  it('marks a kind only in the states where a rule of that kind can fire', () => {
    const bits = eventStates(
      ruleSetOf(
        rule(
          'ung',
          { all: [on('kontanthjaelp'), { fact: 'age', operator: 'lessThan', value: 30 }] },
          toUddannelseshjaelp,
        ),
        rule('halve', { any: [on('sygedagpenge'), on('kontanthjaelp')] }, halveExits),
      ),
    );
    expect(bits[code('kontanthjaelp')]).toBe(MAY_TRANSITION | MAY_HAZARD);
    expect(bits[code('sygedagpenge')]).toBe(MAY_HAZARD);
    expect(bits[code('foertidspension')]).toBe(0);
  });

  it('an offer rule on the offer column may fire in every state, but for nobody without an offer', () => {
    const ruleSet = ruleSetOf(
      rule('slut', { all: [{ fact: 'offer', operator: 'equal', value: 'nytteindsats' }] }, endOffer),
    );
    expect(STATES.every((_, s) => eventStates(ruleSet)[s] === MAY_OFFER)).toBe(true);
    expect(STATES.every((_, s) => eventStates(ruleSet, WITHOUT_OFFER)[s] === 0)).toBe(true);
  });

  it('indicator rules never mark a state', () => {
    const bits = eventStates(
      ruleSetOf(
        rule('count', { all: [on('kontanthjaelp')] }, { type: 'indicator', params: { indicator: 'k' } }),
      ),
    );
    expect([...bits].every((b) => b === 0)).toBe(true);
  });
});
