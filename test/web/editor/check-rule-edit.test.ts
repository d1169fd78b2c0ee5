import { describe, expect, it } from 'vitest';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { checkRuleEdit } from '../../../web/training/check-rule-edit.ts';

const PATH = 'rules/reforms/sygedagpenge-revurdering.json';
const original = BUNDLED_RULES.files.find((file) => file.path === PATH)?.text ?? '';

describe('checkRuleEdit', () => {
  it('accepts the repository rule unchanged and gives the whole rule set', () => {
    const check = checkRuleEdit(BUNDLED_RULES, PATH, original, 'da');
    expect(check.errors.filter((error) => error.severity === 'error')).toEqual([]);
    expect(check.rule?.name).toBe('sygedagpenge-revurdering');
    expect(check.ruleSet?.parameters['sygedagpengeReassessmentWeeks']?.value).toBe(22);
  });

  it('puts a misspelt fact at its line and pointer, with a did-you-mean hint', () => {
    const text = original.replace('"fact": "sickWeeksLast9Months"', '"fact": "sickWeeksLast9Month"');
    const check = checkRuleEdit(BUNDLED_RULES, PATH, text, 'en');
    expect(check.ruleSet).toBeUndefined();
    const error = check.errors.find((candidate) => candidate.pointer === '/conditions/all/1/fact');
    // The fact is on line 12 of the committed file (see rules/reforms/sygedagpenge-revurdering.json).
    expect(error?.line).toBe(12);
    expect(error?.file).toBe(PATH);
    expect(`${error?.message} ${error?.hint}`).toContain('sickWeeksLast9Months');
  });

  it('locates a JSON syntax error and returns no rule', () => {
    const text = original.replace('"value": "sygedagpenge"', '"value": "sygedagpenge",');
    const check = checkRuleEdit(BUNDLED_RULES, PATH, text, 'da');
    expect(check.rule).toBeUndefined();
    expect(check.errors.length).toBeGreaterThan(0);
    expect(check.errors[0]?.line).toBeGreaterThanOrEqual(8);
  });

  it('takes a new parameter default (22 → 26) as valid', () => {
    const text = original.replace('"value": 22,', '"value": 26,');
    const check = checkRuleEdit(BUNDLED_RULES, PATH, text, 'da');
    expect(check.ruleSet?.parameters['sygedagpengeReassessmentWeeks']?.value).toBe(26);
  });
});
