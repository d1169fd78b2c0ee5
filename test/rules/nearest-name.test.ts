import { describe, expect, it } from 'vitest';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import { nearestName } from '../../src/rules/nearest-name.ts';

describe('nearestName', () => {
  it('finds the fact one edit away', () => {
    expect(nearestName('monthsInYdelsen', FACT_NAMES)).toBe('monthsInYdelse');
    expect(nearestName('sickWeeksLast9Month', FACT_NAMES)).toBe('sickWeeksLast9Months');
  });

  it('prefers a match that differs only in case', () => {
    expect(nearestName('MONTHSINYDELSE', FACT_NAMES)).toBe('monthsInYdelse');
  });

  it('suggests nothing when no name is close', () => {
    expect(nearestName('xyz', FACT_NAMES)).toBeUndefined();
    expect(nearestName('unemploymentRate', FACT_NAMES)).toBeUndefined();
  });

  it('never suggests the name itself', () => {
    expect(nearestName('age', ['age'])).toBeUndefined();
  });
});
