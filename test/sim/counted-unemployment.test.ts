import { describe, expect, it } from 'vitest';
import { appendPerson } from '../../src/cohort/append-person.ts';
import { createCohort } from '../../src/cohort/cohort.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import { countState, q, ruleSetOf, smallScenario } from './small-model.ts';

const PERSONS = 400;

/**
 * Mean monthsUnemployedLast12 in month 12 of 400 persons who stay on a-dagpenge, with the share given: of all of
 * them, and (with `partTime`) of the even rows, which are part-time unemployed, and of the odd ones, which are not.
 */
function meanUnemployedMonths(
  share: number | undefined,
  partTime?: { share: number; countedShare: number },
): { all: number; partTime: number; fullTime: number } {
  const cohort = createCohort(PERSONS);
  for (let i = 0; i < PERSONS; i++) {
    appendPerson(
      cohort,
      { ...DEFAULT_PERSON, ydelse: 'a-dagpenge', previousYdelse: 'a-dagpenge' },
      { partTimeUnemployed: partTime && i % 2 === 0 ? 1 : 0 },
    );
  }
  const scenario = smallScenario(
    PERSONS,
    12,
    {},
    {
      model: {
        pensionAge: q(200, 'years'),
        ...(share === undefined ? {} : { countedUnemploymentShare: q(share, 'share') }),
        ...(partTime && {
          partTimeUnemployment: {
            share: q(partTime.share, 'share'),
            countedShare: q(partTime.countedShare, 'share'),
          },
        }),
      },
    },
  );
  const model = prepareModel(scenario, ruleSetOf(countState('dagpenge', 'a-dagpenge')), { cohort });
  const totals = [0, 0];
  simulateReplication(model, 0, {
    onMonth: (t, c) => {
      if (t !== 12) return;
      for (let i = 0; i < c.count; i++) {
        const kind = c.internal.partTimeUnemployed[i] ?? 0;
        totals[kind] = (totals[kind] ?? 0) + (c.columns.monthsUnemployedLast12[i] ?? 0);
      }
    },
  });
  const [fullTime = 0, partTimeTotal = 0] = totals;
  return {
    all: (fullTime + partTimeTotal) / PERSONS,
    partTime: partTimeTotal / (PERSONS / 2),
    fullTime: fullTime / (PERSONS / 2),
  };
}

describe('countedUnemploymentShare', () => {
  it('counts every unemployed month by default and none at 0', () => {
    expect(meanUnemployedMonths(undefined).all).toBe(12);
    expect(meanUnemployedMonths(1).all).toBe(12);
    expect(meanUnemployedMonths(0).all).toBe(0);
  });

  it('counts each month with the given probability', () => {
    // Each person's count is Binomial(12, 0.7): mean 8.4, sd of the mean over 400 persons √(12·0.21/400) = 0.079;
    // 0.4 is 5 sd.
    expect(Math.abs(meanUnemployedMonths(0.7).all - 8.4)).toBeLessThan(0.4);
  });

  it("counts a part-time unemployed person's months with the part-time probability, the others' as before", () => {
    const means = meanUnemployedMonths(1, { share: 0.5, countedShare: 0.5 });
    expect(means.fullTime).toBe(12);
    // Binomial(12, 0.5): mean 6, sd of the mean over 200 persons √(12·0.25/200) = 0.12; 0.6 is 5 sd.
    expect(Math.abs(means.partTime - 6)).toBeLessThan(0.6);
  });
});
