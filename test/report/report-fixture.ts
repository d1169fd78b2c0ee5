/**
 * A small, fixed Monte Carlo result for the report, export and view tests: 10 replications over three months
 * (Oct–Dec 2015), two indicators and four targets (a ≤ target with a source inconsistency, a follow-only target,
 * an unsimulated one and a ≥ ratio target). The replication values are written out here and summarised by the
 * core's own summariseMonteCarlo, so every expected number in the tests can be checked by hand from this file.
 */
import { STATES } from '../../src/rules/facts.ts';
import type { BaseScenario, Quantity } from '../../src/scenario/scenario.ts';
import type { MonteCarloResult, SummaryContext } from '../../src/sim/monte-carlo-result.ts';
import { summariseMonteCarlo } from '../../src/sim/summarise-monte-carlo.ts';

export const MONTHS = ['2015-10', '2015-11', '2015-12'];
export const R = 10;

/** unge at Dec 2015, one value per replication; sorted: 440 445 448 450 452 455 460 462 470 480. */
export const UNGE_DEC = [452, 440, 470, 448, 455, 445, 480, 450, 462, 460];
/** andel (per cent) at Dec 2015, in another order than unge; sorted: 60 62 63 64 65 66 67 68 70 72. */
export const ANDEL_DEC = [70, 66, 60, 72, 63, 68, 62, 65, 64, 67];
/** Draws of the macro change per replication (goes with UNGE_DEC: higher unemployment, more young people). */
export const MACRO_DRAWS = [-0.12, -0.2, -0.06, -0.15, -0.1, -0.18, -0.05, -0.16, -0.08, -0.1];
/** Draws of the employer-based share per replication (goes with ANDEL_DEC). */
export const SHARE_DRAWS = [0.78, 0.71, 0.6, 0.8, 0.64, 0.74, 0.62, 0.7, 0.66, 0.72];

const ASSUMED = (da: string, en: string) => ({ assumption: true as const, rationale: { da, en } });
const SEED_000 = { document: 'Seed 000', section: 'bilag, mål 1' };

const quantity = (value: number, unit: string, source: Quantity['source'], range?: [number, number]) =>
  range ? { value, unit, source, uncertainty: { low: range[0], high: range[1] } } : { value, unit, source };

/** The scenario the result belongs to (only what the report reads needs to be real). */
export function fixtureScenario(): BaseScenario {
  return {
    id: 'fixture',
    title: { da: 'Testscenarie', en: 'Test scenario' },
    municipality: 'Testrup Kommune',
    start: '2015-10',
    end: '2015-12',
    seed: 7,
    replications: R,
    cohort: {
      total: 500,
      tables: [
        {
          dimensions: ['ydelse'],
          cells: [{ at: { ydelse: 'kontanthjaelp' }, count: 500 }],
          source: { document: 'Jobindsats', section: 'okt. 2015' },
        },
      ],
    },
    transitions: {},
    macro: {
      unemploymentChange: quantity(
        -0.12,
        'relative change',
        ASSUMED('Skøn over ledigheden.', 'Estimate of unemployment.'),
        [-0.2, -0.05],
      ),
    },
    activation: {
      employerBasedShare: quantity(0.7, 'share', { document: 'Seed 000', section: 'mål 9' }, [0.6, 0.8]),
    },
    targets: [
      {
        id: '1',
        indicator: 'unge',
        title: { da: 'Unge under 30', en: 'Young people under 30' },
        direction: 'atMost',
        baseline: { month: '2015-10', value: 500, source: SEED_000 },
        level: 450,
        relativeChange: -0.11,
        month: '2015-12',
      },
      {
        id: '2a',
        indicator: 'unge',
        title: { da: 'Unge (følges)', en: 'Young people (followed)' },
        direction: 'atMost',
        baseline: { month: '2015-10', value: 500, source: SEED_000 },
        month: '2015-12',
      },
      {
        id: '8',
        indicator: null,
        title: { da: 'Samarbejdsgrad', en: 'Samarbejdsgrad' },
        direction: 'atLeast',
        baseline: { month: '2015-10', value: 0, source: SEED_000 },
        month: '2015-12',
        simulated: false,
        reason: { da: 'Kræver data om virksomheder.', en: 'Needs data on firms.' },
      },
      {
        id: '9',
        indicator: 'andel',
        title: { da: 'Andel virksomhedsrettet', en: 'Share employer-based' },
        direction: 'atLeast',
        baseline: { month: '2015-10', value: 60, source: SEED_000 },
        level: 65,
        month: '2015-12',
      },
    ],
    observations: [
      {
        indicator: 'unge',
        month: '2015-11',
        relativeChange: -0.05,
        source: { document: 'Seed 000', section: 'status' },
      },
    ],
    ambitions: [0.5, 0.9],
  };
}

/**
 * The result: per replication r the series are [baseline, midway, Dec value]; the midway value is the mean of
 * the two ends so the fan has a shape. Ambitions 0.5 and 0.9 only: a report at 0.8 must compute its level.
 */
export function fixtureResult(scenario: BaseScenario = fixtureScenario()): MonteCarloResult {
  const context: SummaryContext = {
    scenario: scenario.id,
    seed: scenario.seed,
    replications: R,
    months: MONTHS,
    indicators: [
      { id: 'unge', kind: 'count', window: 1, rules: { count: ['unge'], numerator: [], denominator: [] } },
      { id: 'andel', kind: 'ratio', window: 1, rules: { count: [], numerator: ['n'], denominator: ['d'] } },
    ],
    targets: scenario.targets,
    observations: scenario.observations ?? [],
    ambitions: scenario.ambitions ?? [0.5, 0.7, 0.9],
    verdicts: { safe: 0.9, realistic: 0.5, veryAmbitious: 0.2 },
    uncertainPaths: ['/macro/unemploymentChange', '/activation/employerBasedShare'],
  };
  const series = (start: number, ends: number[]) =>
    Float64Array.from(ends.flatMap((end) => [start, (start + end) / 2, end]));
  return summariseMonteCarlo(context, {
    from: 0,
    to: R,
    indicators: [series(500, UNGE_DEC), series(60, ANDEL_DEC)],
    costs: null,
    states: new Float64Array(R * STATES.length * MONTHS.length),
    parameters: Float64Array.from(MACRO_DRAWS.flatMap((macro, r) => [macro, SHARE_DRAWS[r] ?? 0])),
    cappedPersonMonths: 0,
  });
}
