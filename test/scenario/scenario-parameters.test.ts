import { describe, expect, it } from 'vitest';
import { parameterValueAt, scenarioParameters } from '../../src/scenario/scenario-parameters.ts';
import type { RuleParameter } from '../../src/rules/rule-file.ts';
import { rule, ruleSetOf } from '../sim/small-model.ts';

const weeks: RuleParameter = {
  label: { da: 'uger', en: 'weeks' },
  value: 52,
  unit: 'weeks',
  source: { document: 'test' },
  history: [
    { from: '2015-07', value: 22 },
    { from: '2014-07', value: 26 },
  ],
};

describe('scenarioParameters', () => {
  it('takes the latest dated value from on or before the month', () => {
    expect(parameterValueAt(weeks, '2014-06')).toBe(52);
    expect(parameterValueAt(weeks, '2014-07')).toBe(26);
    expect(parameterValueAt(weeks, '2016-01')).toBe(22);
  });

  it('puts the scenario values on top of the rule defaults', () => {
    const withParameter = rule('r', { all: [] }, { type: 'indicator', params: { indicator: 'x' } });
    withParameter.meta.parameters = { weeks, share: { ...weeks, history: [], value: 0.5, unit: 'share' } };
    const ruleSet = ruleSetOf(withParameter);
    expect(scenarioParameters(ruleSet, '2014-08', { share: 0.7 })).toEqual({ weeks: 26, share: 0.7 });
    expect(() => scenarioParameters(ruleSet, '2014-08', { wekes: 3 })).toThrow(/did you mean "weeks"/);
  });
});
