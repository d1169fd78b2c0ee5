/**
 * The Lyngby-Taarbæk 2017 scenario: a diff over the 2015 scenario with the December 2016 cohort, the 2017 plan's
 * MÅL 1–8 (seed 001) whose levels all read "X pct." and stay unset, and the plan's macro expectation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DerivedScenario } from '../../src/scenario/scenario.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { prepareRepoScenario, readRepoScenarioFiles, resolveRepoScenario } from './repo-scenario-files.ts';

const file = readRepoScenarioFiles().find((f) => f.scenario.id === 'lyngby-taarbaek-2017')?.scenario as
  DerivedScenario | undefined;
const parent = resolveRepoScenario('lyngby-taarbaek-2015');
const scenario = resolveRepoScenario('lyngby-taarbaek-2017');

/** Seed 001: MÅL → indicator and direction; the baselines are the cohort's December 2016 counts (assumptions). */
const GOALS = [
  { id: '1', indicator: 'unge-dagpenge-uddannelseshjaelp', direction: 'atMost', baseline: 315 },
  { id: '2', indicator: 'unge-akademikere-dagpenge', direction: 'atMost', baseline: 57 },
  { id: '3', indicator: 'langtidsledige-2017', direction: 'atMost', baseline: 94 },
  { id: '4', indicator: 'langvarige-forloeb-2017', direction: 'atMost', baseline: 621 },
  { id: '5', indicator: 'aktivitetsparate-kontanthjaelp', direction: 'atMost', baseline: 310 },
  { id: '6', indicator: 'integration-virksomhedsrettet-andel', direction: 'atLeast', baseline: 40 },
  { id: '7', indicator: null, direction: 'atLeast', baseline: 0 },
  { id: '8', indicator: 'virksomhedsrettet-andel-2017', direction: 'atLeast', baseline: 64.8 },
] as const;

describe('scenario lyngby-taarbaek-2017', () => {
  it('extends the 2015 scenario and replaces only the period, cohort, inflow, macro path and targets', () => {
    expect(file?.extends).toBe('lyngby-taarbaek-2015');
    expect(
      Object.keys(file ?? {})
        .filter((key) => key in parent && !['$schema', 'id', 'title', 'description'].includes(key))
        .sort(),
    ).toEqual(['cohort', 'end', 'inflow', 'macro', 'observations', 'seed', 'start', 'targets']);
    expect(scenario.transitions).toEqual(parent.transitions);
    expect(scenario.parameters).toEqual(parent.parameters);
    expect(scenario.lineage).toEqual(['lyngby-taarbaek-2015', 'lyngby-taarbaek-2017']);
  });

  it('runs from December 2016 to December 2017 with unemployment falling 13 % from end-2015 to end-2017', () => {
    expect([scenario.start, scenario.end]).toEqual(['2016-12', '2017-12']);
    expect(scenario.macro.unemploymentChange.value).toBe(-0.13);
    expect([scenario.macro.fromMonth, scenario.macro.toMonth]).toEqual(['2015-12', '2017-12']);
  });

  it('raises the employer-based lever by an override with a note, leaving the 2015 scenario as it was', () => {
    expect(scenario.activation?.employerBasedShare.value).toBe(0.7);
    expect(parent.activation?.employerBasedShare.value).toBe(0.71);
    expect(file?.overrides?.every((override) => override.note?.da && override.note.en)).toBe(true);
  });

  it.each(GOALS)('MÅL $id: $indicator ($direction), no level, to December 2017', (goal) => {
    const target = scenario.targets.find((t) => t.id === goal.id);
    expect(target?.indicator).toBe(goal.indicator);
    expect(target?.direction).toBe(goal.direction);
    expect(target?.level).toBeUndefined();
    expect(target?.relativeChange).toBeUndefined();
    expect(target?.month).toBe('2017-12');
    expect(target?.baseline).toMatchObject({ month: '2016-12', value: goal.baseline });
  });

  it('keeps MÅL 7 (agreements with firms) as not simulated with the reason', () => {
    const target = scenario.targets.find((t) => t.id === '7');
    expect(target?.simulated).toBe(false);
    expect(target?.reason?.en).toMatch(/firms/);
  });

  describe('the synthetic December 2016 cohort', () => {
    let result: MonteCarloResult;
    beforeAll(() => {
      result = monteCarlo(prepareRepoScenario('lyngby-taarbaek-2017'), { replications: 4 });
    });

    it.each(GOALS.filter((goal) => goal.indicator !== null))(
      'counts the baseline of MÅL $id in month 0 ($baseline)',
      (goal) => {
        const mean = result.indicators.find((i) => i.id === goal.indicator)?.mean[0] ?? NaN;
        expect(mean).toBeCloseTo(goal.baseline, 1);
      },
    );

    it('proposes levels for every simulated MÅL (the level reached with 50, 70 and 90 %)', () => {
      const simulated = result.targets.filter((t) => t.simulated);
      expect(simulated.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6', '8']);
      for (const target of simulated)
        expect(Object.keys(target.levelAt ?? {})).toEqual(['0.5', '0.7', '0.9']);
    });
  });
});
