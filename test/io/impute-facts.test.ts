import { describe, expect, it } from 'vitest';
import { imputeFacts } from '../../src/io/impute-facts.ts';
import { encodeFactValue, FACT_NAMES, STATES } from '../../src/rules/facts.ts';

describe('imputeFacts', () => {
  it('keeps every given fact and fills only the others', () => {
    const { person, imputed } = imputeFacts({
      ydelse: 'sygedagpenge',
      age: 50,
      education: 'lvu',
      monthsInYdelse: 2,
    });
    expect(person).toMatchObject({ ydelse: 'sygedagpenge', age: 50, education: 'lvu', monthsInYdelse: 2 });
    expect(imputed).not.toContain('education');
    expect(imputed).not.toContain('monthsInYdelse');
    expect(imputed).toHaveLength(FACT_NAMES.length - 4);
  });

  it.each([
    // [case, given, expected] — the defaults documented in impute-facts.ts.
    [
      'a-dagpenge: insured, unemployed every month in it',
      { ydelse: 'a-dagpenge', age: 30, monthsInYdelse: 5 },
      { insured: true, monthsUnemployedLast12: 5, weeksUnemployedLast52: 21, dagpengeMonthsUsed: 5 },
    ],
    [
      'jobparat kontanthjælp counts as unemployed',
      { ydelse: 'kontanthjaelp', age: 30, visitation: 'jobparat', monthsInYdelse: 20 },
      { monthsUnemployedLast12: 12, weeksUnemployedLast52: 52, dagpengeMonthsUsed: 0 },
    ],
    [
      'aktivitetsparat kontanthjælp does not',
      { ydelse: 'kontanthjaelp', age: 30, visitation: 'aktivitetsparat' },
      { monthsUnemployedLast12: 0, insured: false },
    ],
    [
      'sygedagpenge: sick weeks of at most 9 months',
      { ydelse: 'sygedagpenge', age: 45, monthsInYdelse: 12 },
      { sickWeeksLast9Months: 39 },
    ],
    [
      'self-support: no support spell',
      { ydelse: 'selvforsoergelse', age: 45 },
      { monthsOnSupport: 0, weeksOnSupport: 0, offer: 'ingen' },
    ],
    [
      'integrationsydelse: in the programme',
      { ydelse: 'integrationsydelse', age: 25 },
      { integrationProgram: true },
    ],
    [
      'a first month is an entry; previousYdelse is the same ydelse',
      { ydelse: 'fleksjob', age: 55, monthsInYdelse: 1 },
      { enteredYdelseThisMonth: true, previousYdelse: 'fleksjob', monthsOnSupport: 1, weeksOnSupport: 4 },
    ],
  ] as const)('%s', (_name, given, expected) => {
    expect(imputeFacts(given).person).toMatchObject(expected);
  });

  it('gives every state a person whose every fact encodes (is within its range)', () => {
    for (const ydelse of STATES) {
      const { person } = imputeFacts({ ydelse, age: 40 });
      for (const name of FACT_NAMES) expect(() => encodeFactValue(name, person[name])).not.toThrow();
    }
  });
});
