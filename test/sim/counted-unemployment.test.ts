import { describe, expect, it } from 'vitest';
import { appendPerson } from '../../src/cohort/append-person.ts';
import { createCohort } from '../../src/cohort/cohort.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import { countState, q, ruleSetOf, smallScenario } from './small-model.ts';

const PERSONS = 400;

/** Mean monthsUnemployedLast12 in month 12 of 400 persons who stay on a-dagpenge, with the share given. */
function meanUnemployedMonths(share: number | undefined): number {
  const cohort = createCohort(PERSONS);
  for (let i = 0; i < PERSONS; i++) {
    appendPerson(cohort, { ...DEFAULT_PERSON, ydelse: 'a-dagpenge', previousYdelse: 'a-dagpenge' });
  }
  const scenario = smallScenario(
    PERSONS,
    12,
    {},
    {
      model: {
        pensionAge: q(200, 'years'),
        ...(share === undefined ? {} : { countedUnemploymentShare: q(share, 'share') }),
      },
    },
  );
  const model = prepareModel(scenario, ruleSetOf(countState('dagpenge', 'a-dagpenge')), { cohort });
  let total = 0;
  simulateReplication(model, 0, {
    onMonth: (t, c) => {
      if (t !== 12) return;
      for (let i = 0; i < c.count; i++) total += c.columns.monthsUnemployedLast12[i] ?? 0;
    },
  });
  return total / PERSONS;
}

describe('countedUnemploymentShare', () => {
  it('counts every unemployed month by default and none at 0', () => {
    expect(meanUnemployedMonths(undefined)).toBe(12);
    expect(meanUnemployedMonths(1)).toBe(12);
    expect(meanUnemployedMonths(0)).toBe(0);
  });

  it('counts each month with the given probability', () => {
    // Each person's count is Binomial(12, 0.7): mean 8.4, sd of the mean over 400 persons √(12·0.21/400) = 0.079;
    // 0.4 is 5 sd.
    expect(Math.abs(meanUnemployedMonths(0.7) - 8.4)).toBeLessThan(0.4);
  });
});
