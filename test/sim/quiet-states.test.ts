import { describe, expect, it } from 'vitest';
import { STATES, type State } from '../../src/rules/facts.ts';
import type { TopLevelCondition } from '../../src/rules/rule-file.ts';
import { quietStates } from '../../src/sim/quiet-states.ts';
import { RESTING_FACTS } from '../../src/sim/resting.ts';
import { loadRepoRuleSet } from '../rules/repo-rule-files.ts';
import { rule, ruleSetOf } from './small-model.ts';

const code = (state: State): number => STATES.indexOf(state);
const indicator = { type: 'indicator', params: { indicator: 'x' } } as const;

/** The states in which a one-rule set with these conditions is quiet. */
function quietIn(conditions: TopLevelCondition, known = {}): State[] {
  const quiet = quietStates(ruleSetOf(rule('r', conditions, indicator)), known);
  return STATES.filter((_, s) => quiet[s] === 1);
}

describe('quietStates', () => {
  it('reads equal, notEqual, in and notIn on ydelse', () => {
    expect(quietIn({ all: [{ fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] })).toEqual(
      STATES.filter((s) => s !== 'kontanthjaelp'),
    );
    expect(quietIn({ all: [{ fact: 'ydelse', operator: 'notEqual', value: 'pension' }] })).toEqual([
      'pension',
    ]);
    expect(
      quietIn({ all: [{ fact: 'ydelse', operator: 'notIn', value: ['pension', 'udrejst', 'fleksjob'] }] }),
    ).toEqual(['fleksjob', 'pension', 'udrejst']);
  });

  it('combines all, any and not in three-valued logic: an unknown fact never makes a state quiet', () => {
    const unemployed: TopLevelCondition = {
      any: [
        { fact: 'ydelse', operator: 'equal', value: 'a-dagpenge' },
        {
          all: [
            { fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' },
            { fact: 'visitation', operator: 'equal', value: 'jobparat' },
          ],
        },
      ],
    };
    expect(quietIn(unemployed)).toEqual(STATES.filter((s) => s !== 'a-dagpenge' && s !== 'kontanthjaelp'));
    // not(unemployed) may fire for kontanthjælp (visitation unknown) and everywhere but a-dagpenge.
    expect(quietIn({ not: unemployed })).toEqual(['a-dagpenge']);
    // A condition on a fact the reading does not know (age) is quiet nowhere.
    expect(quietIn({ all: [{ fact: 'age', operator: 'lessThan', value: 30 }] })).toEqual([]);
  });

  it('uses known facts, ranges of whole numbers and booleans', () => {
    const young: TopLevelCondition = { all: [{ fact: 'age', operator: 'lessThan', value: 30 }] };
    expect(quietIn(young, { age: [30, 120] })).toEqual([...STATES]);
    expect(quietIn(young, { age: [29, 120] })).toEqual([]);
    const offer: TopLevelCondition = { all: [{ fact: 'offer', operator: 'notEqual', value: 'ingen' }] };
    expect(quietIn(offer, RESTING_FACTS)).toEqual([...STATES]);
    const entered: TopLevelCondition = {
      all: [{ fact: 'enteredYdelseThisMonth', operator: 'equal', value: true }],
    };
    expect(quietIn(entered, { enteredYdelseThisMonth: false })).toEqual([...STATES]);
    // A comparison with a parameter is unknown, whatever is known.
    const parameter: TopLevelCondition = {
      all: [{ fact: 'monthsInOffer', operator: 'greaterThan', value: { fact: 'param:x' } }],
    };
    expect(quietIn(parameter, RESTING_FACTS)).toEqual([]);
  });

  it('follows shared conditions, and treats a missing one as unknown', () => {
    const rules = ruleSetOf(rule('r', { all: [{ condition: 'on-kontant' }] }, indicator));
    rules.conditions['on-kontant'] = { all: [{ fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] };
    expect(quietStates(rules)[code('kontanthjaelp')]).toBe(0);
    expect(quietStates(rules)[code('fleksjob')]).toBe(1);
    delete rules.conditions['on-kontant'];
    expect(quietStates(rules)[code('fleksjob')]).toBe(0);
  });

  it('finds no rule of the repository that fires for self-supporting persons without an offer', () => {
    // rules/: every indicator and reform names a support state or an offer, so self-support, pension and
    // udrejst are quiet for persons without an offer and without visitation; a-dagpenge is not.
    const quiet = quietStates(loadRepoRuleSet(), RESTING_FACTS);
    expect(quiet[code('selvforsoergelse')]).toBe(1);
    expect(quiet[code('pension')]).toBe(1);
    expect(quiet[code('udrejst')]).toBe(1);
    expect(quiet[code('a-dagpenge')]).toBe(0);
  });
});
