import { describe, expect, it } from 'vitest';
import { baselineDeviates, baselineMismatch } from '../../src/targets/baseline-deviates.ts';

describe('baselineDeviates', () => {
  it.each([
    ['month 0 equal to the baseline', 0, 535, 535, false],
    ['month 0 half a person off (rounding)', 0, 146.5, 146, false],
    ['month 0 off by under 1 % of a large baseline', 0, 8060, 8000, false],
    ['month 0 off by more than rounding allows (6 of 535)', 0, 541, 535, true],
    ['an empty cohort against a baseline of 535', 0, 0, 535, true],
    ['a later month, where levers and chance move the model, even far off', 1, 416.7, 492, false],
    ['an undefined ratio (0 / 0) in some replication', 0, Number.NaN, 60, false],
    ['no replications (a mean of 0 / 0)', 0, Number.NaN, 60, false],
  ])('%s', (_name, month, mean, baseline, expected) => {
    expect(baselineDeviates({ month, mean }, baseline)).toBe(expected);
  });
});

describe('baselineMismatch', () => {
  it('says in Danish and English what the model gives, where the baseline is and what to check', () => {
    const note = baselineMismatch(
      0,
      { indicator: 'unge-under-30', baseline: { month: '2013-12', value: 535 } },
      false,
    );
    expect(note).toMatchObject({ kind: 'baselineMismatch', model: 0, baseline: 535, month: '2013-12' });
    expect(note.text.da).toBe(
      'Modellen giver 0 i basismåneden 2013-12, basis er 535: kohorten eller reglen for unge-under-30 gengiver ikke basis. Tjek scenariets cohort-tabeller og reglen.',
    );
    expect(note.text.en).toContain('in the baseline month 2013-12, the baseline is 535');
  });

  it('writes ratios with a decimal comma and a per cent sign in Danish', () => {
    const target = { indicator: 'virksomhedsrettet-andel', baseline: { month: '2013-12', value: 60 } };
    const note = baselineMismatch(48.125, target, true);
    expect(note.text.da).toContain('Modellen giver 48,1 % i basismåneden 2013-12, basis er 60 %');
    expect(note.text.en).toContain('The model gives 48.1 % in the baseline month 2013-12');
  });
});
