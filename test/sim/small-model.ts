/**
 * Small scenarios and rule sets built in code for the simulator's tests (independent of the repo's rule and
 * scenario files, which change on their own).
 */
import { buildRuleSet } from '../../src/rules/build-rule-set.ts';
import type { State } from '../../src/rules/facts.ts';
import type { RuleEvent, RuleFile, RuleSet, TopLevelCondition } from '../../src/rules/rule-file.ts';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { BaseScenario, Quantity, ResolvedScenario } from '../../src/scenario/scenario.ts';

export const ASSUMED = {
  assumption: true as const,
  rationale: { da: 'testantagelse', en: 'test assumption' },
};

/** A certain Quantity, or an uncertain one when a range is given. */
export function q(value: number, unit = 'probability/month', range?: [number, number]): Quantity {
  return range
    ? { value, unit, source: ASSUMED, uncertainty: { low: range[0], high: range[1] } }
    : { value, unit, source: ASSUMED };
}

export function rule(
  name: string,
  conditions: TopLevelCondition,
  event: RuleEvent,
  effective: { from?: string; to?: string } = {},
): RuleFile {
  return {
    name,
    conditions,
    event,
    meta: {
      title: { da: name, en: name },
      description: { da: name, en: name },
      sources: [{ document: 'test' }],
      effectiveFrom: effective.from ?? '2000-01',
      ...(effective.to ? { effectiveTo: effective.to } : {}),
    },
    cases: [],
  };
}

/** A rule that counts persons in `state` under indicator `id`. */
export function countState(id: string, state: State, window?: number): RuleFile {
  return rule(
    `count-${id}`,
    { all: [{ fact: 'ydelse', operator: 'equal', value: state }] },
    { type: 'indicator', params: { indicator: id, ...(window ? { window } : {}) } },
  );
}

export function ruleSetOf(...rules: RuleFile[]): RuleSet {
  return buildRuleSet(rules);
}

/**
 * A scenario with `persons` persons all on kontanthjælp at month 0 (Dec 2013), `months` months long, a flat
 * macro path, pension age out of reach, and the given transitions; `extra` replaces any field.
 */
export function smallScenario(
  persons: number,
  months: number,
  transitions: BaseScenario['transitions'],
  extra: Partial<BaseScenario> = {},
): ResolvedScenario {
  const endYear = 2013 + Math.floor((11 + months) / 12);
  const endMonth = ((11 + months) % 12) + 1;
  const scenario: BaseScenario = {
    id: 'small',
    title: { da: 'Lille', en: 'Small' },
    municipality: 'Testkommune',
    start: '2013-12',
    end: `${endYear}-${String(endMonth).padStart(2, '0')}`,
    seed: 2024,
    replications: 20,
    cohort: {
      total: persons,
      tables: [
        {
          dimensions: ['ydelse'],
          cells: [{ at: { ydelse: 'kontanthjaelp' }, count: persons }],
          source: ASSUMED,
        },
      ],
    },
    transitions,
    macro: { unemploymentChange: q(0, 'relative change') },
    model: { pensionAge: q(200, 'years') },
    targets: [],
    ...extra,
  };
  return resolveScenario(scenario);
}

/**
 * A rule set that uses every event type: indicators (stock, 12-month flow, ratio), a hazard with redirection, a
 * transition, offers (require, allow), refusion and visitation.
 */
export function richRuleSet(): RuleSet {
  return ruleSetOf(
    countState('kontant', 'kontanthjaelp'),
    rule(
      'tilgang-syg',
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'sygedagpenge' },
          { fact: 'enteredYdelseThisMonth', operator: 'equal', value: true },
        ],
      },
      { type: 'indicator', params: { indicator: 'tilgang-syg', window: 12 } },
    ),
    rule(
      'andel-num',
      { all: [{ fact: 'offer', operator: 'in', value: ['virksomhedspraktik', 'loentilskud-privat'] }] },
      { type: 'indicator', params: { indicator: 'andel', role: 'numerator' } },
    ),
    rule(
      'andel-den',
      { all: [{ fact: 'offer', operator: 'notEqual', value: 'ingen' }] },
      { type: 'indicator', params: { indicator: 'andel', role: 'denominator' } },
    ),
    rule(
      'long-kontant-hazard',
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' },
          { fact: 'monthsInYdelse', operator: 'greaterThan', value: 6 },
        ],
      },
      { type: 'hazard', params: { to: 'selvforsoergelse', factor: 0.5, redirectTo: 'sygedagpenge' } },
    ),
    rule(
      'jobafklaring',
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'sygedagpenge' },
          { fact: 'monthsInYdelse', operator: 'greaterThanInclusive', value: 5 },
        ],
      },
      { type: 'transition', params: { to: 'jobafklaring', probability: 0.5 } },
    ),
    rule(
      'require-offer',
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' },
          { fact: 'monthsInYdelse', operator: 'greaterThanInclusive', value: 3 },
        ],
      },
      { type: 'offer', params: { action: 'require', offer: 'any' } },
    ),
    rule(
      'allow-private',
      { all: [{ fact: 'monthsUnemployedLast12', operator: 'greaterThanInclusive', value: 6 }] },
      { type: 'offer', params: { action: 'allow', offer: 'loentilskud-privat' } },
    ),
    rule(
      'refusion-first-weeks',
      { all: [{ fact: 'weeksOnSupport', operator: 'lessThanInclusive', value: 4 }] },
      { type: 'refusion', params: { rate: 0.8 } },
    ),
    rule(
      'visitate',
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' },
          { fact: 'visitation', operator: 'equal', value: 'ingen' },
        ],
      },
      { type: 'visitation', params: { shares: { jobparat: 0.6, aktivitetsparat: 0.4 } } },
    ),
  );
}

/** A scenario for richRuleSet with inflow, uncertain Quantities, activation, costs and targets. */
export function richScenario(persons = 400, months = 24): ResolvedScenario {
  return smallScenario(
    persons,
    months,
    {
      kontanthjaelp: {
        exits: { selvforsoergelse: q(0.06, 'probability/month', [0.04, 0.08]), sygedagpenge: q(0.01) },
        duration: [{ bands: [{ min: 0, max: 3, factor: q(1.5, 'factor') }] }],
        age: [{ to: ['selvforsoergelse'], bands: [{ min: 50, factor: q(0.7, 'factor') }] }],
        visitation: [{ values: { aktivitetsparat: q(0.5, 'factor') } }],
        macroElasticity: q(-1, 'elasticity'),
      },
      sygedagpenge: { exits: { selvforsoergelse: q(0.15) } },
      jobafklaring: { exits: { selvforsoergelse: q(0.05), foertidspension: q(0.01) } },
      selvforsoergelse: { exits: { kontanthjaelp: q(0.01) } },
    },
    {
      macro: { unemploymentChange: q(-0.15, 'relative change', [-0.25, -0.05]) },
      inflow: [
        {
          id: 'nye',
          state: 'kontanthjaelp',
          perMonth: q(8, 'persons/month', [5, 11]),
          macroElasticity: q(1, 'elasticity'),
          mix: {
            age: [
              { min: 18, max: 29, share: q(0.5, 'share') },
              { min: 30, max: 59, share: q(0.5, 'share') },
            ],
          },
        },
      ],
      activation: {
        employerBasedShare: q(0.6, 'share', [0.5, 0.7]),
        employerBasedMix: { virksomhedspraktik: q(0.7, 'share'), 'loentilskud-privat': q(0.3, 'share') },
        effects: { virksomhedspraktik: q(1.3, 'factor') },
        durations: { virksomhedspraktik: q(3, 'months'), 'vejledning-opkvalificering': q(2, 'months') },
        capacity: q(60, 'persons'),
      },
      costs: {
        benefit: { kontanthjaelp: q(10000, 'kr/month'), sygedagpenge: q(15000, 'kr/month') },
        refusion: { kontanthjaelp: q(0.3, 'share') },
      },
      targets: [
        {
          id: '6',
          indicator: 'kontant',
          title: { da: 'Kontanthjælp', en: 'Cash benefit' },
          direction: 'atMost',
          baseline: { month: '2013-12', value: persons, source: ASSUMED },
          relativeChange: -0.2,
          month: '2015-12',
        },
        {
          id: '3',
          indicator: 'tilgang-syg',
          title: { da: 'Tilgang', en: 'Inflow' },
          direction: 'atMost',
          baseline: { month: '2013-12', value: 24, source: ASSUMED },
          level: 30,
          month: '2015-12',
        },
        {
          id: '9',
          indicator: 'andel',
          title: { da: 'Andel', en: 'Share' },
          direction: 'atLeast',
          baseline: { month: '2014-10', value: 60, source: ASSUMED },
          month: '2015-12',
        },
        {
          id: '8',
          indicator: null,
          title: { da: 'Samarbejdsgrad', en: 'Cooperation' },
          direction: 'atLeast',
          baseline: { month: '2013-12', value: 0, source: ASSUMED },
          month: '2015-12',
          simulated: false,
          reason: { da: 'Kræver virksomhedsdata.', en: 'Needs firm data.' },
        },
      ],
    },
  );
}
