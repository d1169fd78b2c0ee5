/**
 * A small synthetic model for the calibration tests: a few hundred persons on kontanthjælp and a-dagpenge, two inflow
 * streams, self-support with re-entry, 24 months from Dec 2013 and a falling unemployment path; observed are
 * the stocks of both states and their entries (stocks alone tie an exit rate to its inflow: only their ratio
 * would be identified). The "truth" is the same scenario with known multipliers on exits and inflows.
 */
import type { State } from '../../src/rules/facts.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
import type { ObservedSeries, ParameterChoice, SeriesTarget } from '../../src/calibrate/calibration-types.ts';
import { parameterUpdates, withQuantities } from '../../src/calibrate/apply-parameters.ts';
import { calibrationParameters } from '../../src/calibrate/calibration-parameters.ts';
import { seriesSamples } from '../../src/calibrate/series-samples.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { ASSUMED, q, rule, ruleSetOf, smallScenario } from '../sim/small-model.ts';

export const STATES_FITTED: readonly State[] = ['kontanthjaelp', 'a-dagpenge'];

/** Exit and inflow multipliers of both states. */
export const CHOICES: ParameterChoice[] = STATES_FITTED.flatMap((state) => [
  { kind: 'exitMultiplier' as const, state },
  { kind: 'inflowMultiplier' as const, state },
]);

export function syntheticScenario(persons = 500): ResolvedScenario {
  return smallScenario(
    persons,
    24,
    {
      kontanthjaelp: { exits: { selvforsoergelse: q(0.06), 'a-dagpenge': q(0.01) } },
      'a-dagpenge': {
        exits: { selvforsoergelse: q(0.15) },
        macroElasticity: q(-0.5, 'elasticity'),
      },
      selvforsoergelse: { exits: { 'a-dagpenge': q(0.002) } },
    },
    {
      cohort: {
        total: persons,
        tables: [
          {
            dimensions: ['ydelse'],
            cells: [
              { at: { ydelse: 'kontanthjaelp' }, count: Math.round(persons * 0.6) },
              { at: { ydelse: 'a-dagpenge' }, count: persons - Math.round(persons * 0.6) },
            ],
            source: ASSUMED,
          },
        ],
      },
      inflow: [
        {
          id: 'nye-kontant',
          state: 'kontanthjaelp',
          perMonth: q(18, 'persons/month'),
          mix: { age: [{ min: 25, max: 49, share: q(1, 'share') }] },
        },
        {
          id: 'nye-ledige',
          state: 'a-dagpenge',
          perMonth: q(28, 'persons/month'),
          mix: { age: [{ min: 25, max: 49, share: q(1, 'share') }] },
        },
      ],
      macro: { unemploymentChange: q(-0.15, 'relative change') },
    },
  );
}

/** A rule counting the persons who entered `state` this month (a tilgang series, as Jobindsats publishes). */
function countEntries(id: string, state: State) {
  return rule(
    `count-${id}`,
    {
      all: [
        { fact: 'ydelse', operator: 'equal', value: state },
        { fact: 'enteredYdelseThisMonth', operator: 'equal', value: true },
      ],
    },
    { type: 'indicator', params: { indicator: id } },
  );
}

/** Stocks are states; the entries into each fitted state are indicators "tilgang-<state>". */
export function syntheticRules(): RuleSet {
  return ruleSetOf(...STATES_FITTED.map((state) => countEntries(`tilgang-${state}`, state)));
}

/** The scenario with the multipliers (CHOICES order) applied. */
export function scenarioWith(base: ResolvedScenario, multipliers: readonly number[]): ResolvedScenario {
  return withQuantities(base, parameterUpdates(base, calibrationParameters(base, CHOICES), multipliers));
}

/** The targets observed: the stock of each fitted state and its entries. */
export const OBSERVED_TARGETS: SeriesTarget[] = STATES_FITTED.flatMap((state) => [
  { kind: 'state' as const, id: state },
  { kind: 'indicator' as const, id: `tilgang-${state}` },
]);

/** Replication `r` of a result as the observed monthly series (months 0 … months). */
export function observedFrom(result: MonteCarloResult, r: number): ObservedSeries[] {
  return OBSERVED_TARGETS.map((target) => ({
    id: `${target.kind === 'state' ? 'ydelse' : 'indicator'}:${target.id}`,
    target,
    source: 'truth',
    points: result.context.months.map((month, t) => ({
      month,
      value: seriesSamples(result, target, t)[r] ?? NaN,
    })),
  }));
}
