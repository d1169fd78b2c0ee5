/**
 * The Lyngby-Taarbæk 2015 scenario against its source: the nine targets of seed 000's table "Mål i
 * Beskæftigelsesplan 2015" with baselines (level + stated fall) and levels, the interim statuses as
 * observations, the macro expectation, and a synthetic month-0 cohort whose indicator counts equal the baselines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { resolveTargetLevel } from '../../src/targets/resolve-target-level.ts';
import { prepareRepoScenario, resolveRepoScenario } from './repo-scenario-files.ts';

const scenario: ResolvedScenario = resolveRepoScenario('lyngby-taarbaek-2015');

/**
 * Seed 000, annex table: target → indicator, baseline month and value (level + the fall in persons the table
 * states, e.g. 428 + 107 = 535), and the level. 2a has no level (followed only); 8 is not simulated.
 */
const TABLE = [
  { id: '1', indicator: 'unge-under-30', month: '2013-12', baseline: 535, level: 428 },
  { id: '2', indicator: 'langvarige-forloeb', month: '2014-01', baseline: 492, level: 463 },
  { id: '2a', indicator: 'ressourceforloeb', month: '2013-12', baseline: 24, level: undefined },
  { id: '3', indicator: 'tilgang-foertidspension', month: '2013-12', baseline: 42, level: 43 },
  { id: '4', indicator: 'ledighedsydelse', month: '2013-12', baseline: 91, level: 68 },
  { id: '5', indicator: 'langtidsledige', month: '2013-12', baseline: 146, level: 102 },
  { id: '6', indicator: 'kontant-og-uddannelseshjaelp', month: '2013-12', baseline: 813, level: 683 },
  { id: '7', indicator: 'ledige-akademikere', month: '2013-12', baseline: 243, level: 209 },
  { id: '8', indicator: null, month: '2013-12', baseline: 0, level: undefined },
  { id: '9', indicator: 'virksomhedsrettet-andel', month: '2014-10', baseline: 60, level: 65 },
] as const;

describe('scenario lyngby-taarbaek-2015', () => {
  it('runs from December 2013 to December 2015', () => {
    expect([scenario.start, scenario.end]).toEqual(['2013-12', '2015-12']);
  });

  it('holds the nine targets of the seed table (and 2a) in order', () => {
    expect(scenario.targets.map((t) => t.id)).toEqual(TABLE.map((row) => row.id));
  });

  it.each(TABLE)('target $id: $indicator, baseline $baseline ($month), level $level by 2015-12', (row) => {
    const target = scenario.targets.find((t) => t.id === row.id);
    expect(target?.indicator).toBe(row.indicator);
    expect(target?.baseline.month).toBe(row.month);
    expect(target?.baseline.value).toBe(row.baseline);
    expect(target?.level).toBe(row.level);
    expect(target?.month).toBe('2015-12');
  });

  it('keeps target 8 (samarbejdsgrad) in the output as not simulated, with the reason in both languages', () => {
    const target = scenario.targets.find((t) => t.id === '8');
    expect(target?.simulated).toBe(false);
    expect(target?.reason?.da).toMatch(/virksomheder/);
    expect(target?.reason?.en).toMatch(/firms/);
  });

  it('shows the seed’s inconsistent percentages instead of hiding them (target 7: −11 % stated, 34/243 = 14 %)', () => {
    const target = scenario.targets.find((t) => t.id === '7');
    expect(target?.relativeChange).toBe(-0.11);
    const notes = target ? resolveTargetLevel(target).notes : [];
    expect(notes.map((note) => note.kind)).toEqual(['relativeChangeMismatch']);
    expect(notes[0]?.implied).toBeCloseTo(-34 / 243, 9);
  });

  it('expects unemployment to fall 15 % from December 2013 to December 2015, within a stated range', () => {
    const change = scenario.macro.unemploymentChange;
    expect(change.value).toBe(-0.15);
    expect(change.uncertainty).toMatchObject({ low: -0.25, high: -0.05 });
    expect([scenario.macro.fromMonth, scenario.macro.toMonth]).toEqual(['2013-12', '2015-12']);
  });

  it('records the seed’s interim statuses of October/November 2014 as observations', () => {
    const byIndicator = Object.fromEntries(
      scenario.observations.map((o) => [o.indicator, o.value ?? o.relativeChange]),
    );
    // Seed 000 annex: −15 %, −5 %, 47, 33 (42 − 9), −26 %, −20 %, −10 %, −3 %, 60 %.
    expect(byIndicator).toEqual({
      'unge-under-30': -0.15,
      'langvarige-forloeb': -0.05,
      ressourceforloeb: 47,
      'tilgang-foertidspension': 33,
      ledighedsydelse: -0.26,
      langtidsledige: -0.2,
      'kontant-og-uddannelseshjaelp': -0.1,
      'ledige-akademikere': -0.03,
      'virksomhedsrettet-andel': 60,
    });
  });

  describe('the synthetic cohort', () => {
    let result: MonteCarloResult;
    beforeAll(() => {
      result = monteCarlo(prepareRepoScenario('lyngby-taarbaek-2015'), { replications: 20 });
    });
    const meanAt = (indicator: string, t: number): number =>
      result.indicators.find((i) => i.id === indicator)?.mean[t] ?? NaN;

    it.each(TABLE.filter((row) => row.month === '2013-12' && row.indicator !== null))(
      'counts the baseline of target $id exactly in month 0 ($baseline)',
      (row) => {
        expect(meanAt(row.indicator ?? '', 0)).toBe(row.baseline);
      },
    );

    it('puts 60 % of the persons in activation in employer-based offers in month 0, as in October 2014', () => {
      expect(meanAt('virksomhedsrettet-andel', 0)).toBe(60);
    });

    it('counts about 492 long spells in January 2014, month 1 (within 2 %: the indicator starts in 2014)', () => {
      // The cohort has 491 spells over 12 months and 32 at exactly 12 in December 2013; a month of exits follows.
      expect(meanAt('langvarige-forloeb', 0)).toBe(0);
      expect(Math.abs(meanAt('langvarige-forloeb', 1) / 492 - 1)).toBeLessThan(0.02);
    });
  });
});
