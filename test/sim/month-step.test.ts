import { describe, expect, it } from 'vitest';
import { appendPerson } from '../../src/cohort/append-person.ts';
import { createCohort, type Cohort } from '../../src/cohort/cohort.ts';
import { getInternal, getPerson } from '../../src/cohort/get-person.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import type { PersonFacts } from '../../src/rules/facts.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import { countState, q, rule, ruleSetOf, smallScenario } from './small-model.ts';

type Internal = Parameters<typeof appendPerson>[2];

function cohortOf(...persons: { facts: Partial<PersonFacts>; internal?: Internal }[]): Cohort {
  const cohort = createCohort(persons.length);
  for (const person of persons) appendPerson(cohort, { ...DEFAULT_PERSON, ...person.facts }, person.internal);
  return cohort;
}

/** Person `row` in every month t = 0…months of replication 0. */
function trace(scenario: ResolvedScenario, ruleSet: RuleSet, cohort: Cohort, row = 0) {
  const model = prepareModel(scenario, ruleSet, { cohort });
  const months: (PersonFacts & { internal: ReturnType<typeof getInternal> })[] = [];
  const result = simulateReplication(model, 0, {
    onMonth: (_t, c) =>
      months.push({ ...getPerson(c as Cohort, row), internal: getInternal(c as Cohort, row) }),
  });
  return { months, result };
}

const KONTANT = {
  ydelse: 'kontanthjaelp',
  previousYdelse: 'kontanthjaelp',
  monthsInYdelse: 1,
  monthsOnSupport: 1,
} as const;
const counting = ruleSetOf(countState('kontant', 'kontanthjaelp'));

describe('the monthly step keeps the facts (DESIGN §2.2)', () => {
  it('counts months and weeks on a-dagpenge, unemployment in the last 12 months and dagpenge used', () => {
    const scenario = smallScenario(1, 14, {});
    const cohort = cohortOf({
      facts: {
        ydelse: 'a-dagpenge',
        previousYdelse: 'selvforsoergelse',
        enteredYdelseThisMonth: true,
        monthsInYdelse: 1,
        monthsOnSupport: 1,
        weeksOnSupport: 4,
        monthsUnemployedLast12: 1,
        weeksUnemployedLast52: 4,
        dagpengeMonthsUsed: 1,
      },
      internal: { unemploymentMask: 1, birthMonth: 5 },
    });
    const { months } = trace(scenario, counting, cohort);
    const m3 = months[3]!;
    expect(m3.monthsInYdelse).toBe(4);
    expect(m3.enteredYdelseThisMonth).toBe(false);
    expect(m3.previousYdelse).toBe('a-dagpenge');
    expect(m3.monthsOnSupport).toBe(4);
    expect(m3.weeksOnSupport).toBe(17); // floor(4 × 52 / 12) = 17
    expect(m3.monthsUnemployedLast12).toBe(4);
    expect(m3.weeksUnemployedLast52).toBe(17);
    expect(m3.dagpengeMonthsUsed).toBe(4);
    expect(months[14]!.monthsUnemployedLast12).toBe(12); // the 12-month window is full
    expect(months[14]!.weeksUnemployedLast52).toBe(52);
    expect(months[14]!.dagpengeMonthsUsed).toBe(15);
  });

  it('ends a support spell after 3 months of self-support and re-earns dagpenge after 12', () => {
    const scenario = smallScenario(1, 14, { 'a-dagpenge': { exits: { selvforsoergelse: q(1) } } });
    const cohort = cohortOf({
      facts: {
        ydelse: 'a-dagpenge',
        monthsInYdelse: 10,
        monthsOnSupport: 10,
        weeksOnSupport: 43,
        dagpengeMonthsUsed: 10,
        monthsUnemployedLast12: 10,
        weeksUnemployedLast52: 43,
      },
      internal: { unemploymentMask: 0x3ff },
    });
    const { months } = trace(scenario, counting, cohort);
    expect(months[1]!.ydelse).toBe('selvforsoergelse');
    expect(months[1]!.enteredYdelseThisMonth).toBe(true);
    expect(months[1]!.previousYdelse).toBe('a-dagpenge');
    expect(months[2]!.monthsOnSupport).toBe(10); // a short stretch of self-support keeps the spell
    expect(months[3]!.monthsOnSupport).toBe(0); // the third month of self-support ends it
    expect(months[3]!.weeksOnSupport).toBe(0);
    expect(months[11]!.dagpengeMonthsUsed).toBe(10);
    expect(months[12]!.dagpengeMonthsUsed).toBe(0); // twelve months of self-support re-earn the right
    expect(months[12]!.internal.monthsSelfSupport).toBe(12);
    expect(months[10]!.monthsUnemployedLast12).toBe(2); // months 1–10 of self-support pushed 8 out
  });

  it('counts sick weeks in the last 9 months from a 9-month ring', () => {
    const scenario = smallScenario(1, 12, { sygedagpenge: { exits: { selvforsoergelse: q(0) } } });
    const cohort = cohortOf({
      facts: { ydelse: 'sygedagpenge', sickWeeksLast9Months: 4 },
      internal: { sickMask: 1 },
    });
    const { months } = trace(scenario, counting, cohort);
    expect(months[5]!.sickWeeksLast9Months).toBe(26); // 6 months: floor(6 × 52 / 12)
    expect(months[12]!.sickWeeksLast9Months).toBe(39); // capped by the window: 9 months
  });

  it('ages a person in the birth month and retires them at pension age, after which they are skipped', () => {
    // Month 0 is December 2013; birth month March (2) → age + 1 in month 3.
    const scenario = smallScenario(
      1,
      6,
      { kontanthjaelp: { exits: { selvforsoergelse: q(0) } } },
      { model: { pensionAge: q(65, 'years') } },
    );
    const cohort = cohortOf({ facts: { ...KONTANT, age: 64 }, internal: { birthMonth: 2 } });
    const { months, result } = trace(scenario, counting, cohort);
    expect(months[2]!.age).toBe(64);
    expect(months[3]!.age).toBe(65);
    expect(months[3]!.ydelse).toBe('pension');
    expect(months[3]!.enteredYdelseThisMonth).toBe(true);
    expect(months[4]!.enteredYdelseThisMonth).toBe(false);
    expect(months[6]!.monthsInYdelse).toBe(1); // frozen: the absorbing state is not stepped
    expect(Array.from(result.indicators)).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });

  it('draws visitation on entry to kontanthjælp and sets it to "ingen" outside the visitated states', () => {
    const scenario = smallScenario(
      1,
      2,
      {
        selvforsoergelse: { exits: { kontanthjaelp: q(1) } },
        kontanthjaelp: { exits: { sygedagpenge: q(1) } },
      },
      {
        model: {
          pensionAge: q(200, 'years'),
          visitationOnEntry: { kontanthjaelp: { jobparat: q(1, 'share') } },
        },
      },
    );
    const cohort = cohortOf({ facts: {} });
    const { months } = trace(scenario, counting, cohort);
    expect(months[1]!.ydelse).toBe('kontanthjaelp');
    expect(months[1]!.visitation).toBe('jobparat');
    expect(months[1]!.monthsUnemployedLast12).toBe(1); // kontanthjælp as jobparat counts as unemployed
    expect(months[2]!.visitation).toBe('ingen');
  });
});

describe('reform events act in the month after the rules fire', () => {
  it('moves a person by a transition event and counts the new state', () => {
    const ruleSet = ruleSetOf(
      countState('kontant', 'kontanthjaelp'),
      rule(
        'to-ressource',
        { all: [{ fact: 'monthsInYdelse', operator: 'greaterThanInclusive', value: 3 }] },
        { type: 'transition', params: { to: 'ressourceforloeb' } },
      ),
    );
    const scenario = smallScenario(1, 5, {});
    const { months } = trace(scenario, ruleSet, cohortOf({ facts: KONTANT }));
    // monthsInYdelse is 3 in month 2, so the rule fires at the end of month 2 and the move happens in month 3.
    expect(months.map((m) => m.ydelse)).toEqual([
      'kontanthjaelp',
      'kontanthjaelp',
      'kontanthjaelp',
      'ressourceforloeb',
      'ressourceforloeb',
      'ressourceforloeb',
    ]);
    expect(months[3]!.previousYdelse).toBe('kontanthjaelp');
    expect(months[3]!.enteredYdelseThisMonth).toBe(true);
    expect(months[3]!.monthsInYdelse).toBe(1);
    expect(months[3]!.monthsOnSupport).toBe(4); // the spell survives the switch
  });

  it('scales an exit by a hazard event and redirects the removed probability', () => {
    const hazard = rule(
      'stop-jobs',
      { all: [{ fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] },
      { type: 'hazard', params: { to: 'selvforsoergelse', factor: 0, redirectTo: 'sygedagpenge' } },
    );
    const scenario = smallScenario(200, 1, { kontanthjaelp: { exits: { selvforsoergelse: q(1) } } });
    const model = prepareModel(scenario, ruleSetOf(countState('syg', 'sygedagpenge'), hazard));
    // Exit probability 1 to self-support, all of it redirected to sygedagpenge by the hazard (factor 0).
    expect(simulateReplication(model, 0).indicators[1]).toBe(200);
  });

  it('starts required offers within capacity and ends them after their duration', () => {
    const require = rule(
      'require',
      { all: [{ fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] },
      { type: 'offer', params: { action: 'require', offer: 'virksomhedspraktik' } },
    );
    const scenario = smallScenario(
      10,
      6,
      { kontanthjaelp: { exits: { selvforsoergelse: q(0) } } },
      {
        activation: {
          employerBasedShare: q(1, 'share'),
          capacity: q(4, 'persons'),
          durations: { virksomhedspraktik: q(2, 'months') },
        },
      },
    );
    const ruleSet = ruleSetOf(
      rule(
        'in-offer',
        { all: [{ fact: 'offer', operator: 'notEqual', value: 'ingen' }] },
        { type: 'indicator', params: { indicator: 'in-offer' } },
      ),
      require,
    );
    const cohort = cohortOf(...Array.from({ length: 10 }, () => ({ facts: KONTANT })));
    const { months, result } = trace(scenario, ruleSet, cohort);
    expect(Array.from(result.indicators)).toEqual([0, 4, 4, 4, 4, 4, 4]);
    // Two months in the offer; it ends at the start of month 3, and the rule that still requires one starts the
    // next offer in the same month.
    expect(months.map((m) => m.monthsInOffer)).toEqual([0, 1, 2, 1, 2, 1, 2]);
    expect(months[1]!.offer).toBe('virksomhedspraktik');
  });
});

describe('activation effects', () => {
  it('multiplies the exit probability to self-support by the effect of the offer held', () => {
    // 2,000 persons in virksomhedspraktik with base exit 0.1 and effect 2 leave with probability 0.2: about 400
    // in month 1 (binomial SD sqrt(2000 · 0.2 · 0.8) ≈ 18; tolerance 4 SD), against about 200 without offers.
    const inOffer = { ...KONTANT, offer: 'virksomhedspraktik', monthsInOffer: 1 } as const;
    const scenario = smallScenario(
      2000,
      1,
      { kontanthjaelp: { exits: { selvforsoergelse: q(0.1) } } },
      {
        activation: { employerBasedShare: q(1, 'share'), effects: { virksomhedspraktik: q(2, 'factor') } },
      },
    );
    const selfSupport = ruleSetOf(countState('self', 'selvforsoergelse'));
    const cohort = cohortOf(
      ...Array.from({ length: 2000 }, () => ({ facts: inOffer, internal: { offerMonthsLeft: 5 } })),
    );
    const withOffer = simulateReplication(prepareModel(scenario, selfSupport, { cohort }), 0).indicators[1]!;
    expect(Math.abs(withOffer - 400)).toBeLessThan(72);
    const plain = cohortOf(...Array.from({ length: 2000 }, () => ({ facts: KONTANT })));
    const without = simulateReplication(prepareModel(scenario, selfSupport, { cohort: plain }), 0)
      .indicators[1]!;
    expect(Math.abs(without - 200)).toBeLessThan(54);
  });
});

describe('rules in effect by month', () => {
  it('counts an indicator only in the months its rule is in force', () => {
    const ruleSet = ruleSetOf(
      rule(
        'count-2014',
        { all: [{ fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] },
        { type: 'indicator', params: { indicator: 'k' } },
        { from: '2014-03', to: '2014-04' },
      ),
    );
    const scenario = smallScenario(3, 6, {});
    const model = prepareModel(scenario, ruleSet);
    expect(Array.from(simulateReplication(model, 0).indicators)).toEqual([0, 0, 0, 3, 3, 0, 0]);
    expect(model.schedule.ruleSets.length).toBe(2);
  });

  it('uses a scenario value of a rule parameter instead of the rule default', () => {
    const threshold = rule(
      'long',
      {
        all: [
          { fact: 'monthsInYdelse', operator: 'greaterThanInclusive', value: { fact: 'param:longMonths' } },
        ],
      },
      { type: 'indicator', params: { indicator: 'long' } },
    );
    threshold.meta.parameters = {
      longMonths: { label: { da: 'l', en: 'l' }, value: 3, unit: 'months', source: { document: 'test' } },
    };
    const scenario = smallScenario(2, 4, {}, { parameters: { longMonths: q(2, 'months') } });
    const model = prepareModel(scenario, ruleSetOf(threshold), {
      cohort: cohortOf({ facts: KONTANT }, { facts: KONTANT }),
    });
    expect(Array.from(simulateReplication(model, 0).indicators)).toEqual([0, 2, 2, 2, 2]);
  });

  it('refuses a scenario parameter that no rule declares', () => {
    const scenario = smallScenario(2, 2, {}, { parameters: { longMonth: q(2, 'months') } });
    expect(() => prepareModel(scenario, counting)).toThrow(/\/parameters\/longMonth: no rule declares/);
  });
});
