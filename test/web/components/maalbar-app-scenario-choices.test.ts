/**
 * The app shell's scenario choices: the compare view's choices, resolving a choice for scenario B, turning a
 * saved or imported scenario into the working state (so the working-state controller can simulate it), and the
 * report's date.
 */
import { describe, expect, test } from 'vitest';
import { resolveScenario } from '../../../src/scenario/resolve-scenario.ts';
import type { DerivedScenario } from '../../../src/scenario/scenario.ts';
import { bundledScenario } from '../../../web/bundle/bundled-scenarios.ts';
import {
  compareChoices,
  resolveChoice,
  workingStateFor,
} from '../../../web/components/maalbar-app/scenario-choices.ts';
import { todayIso } from '../../../web/components/maalbar-app/today-iso.ts';
import { defaultWorkingState, workingScenario } from '../../../web/state/working-state.ts';
import type { SavedScenario } from '../../../web/storage/scenario-store.ts';

/** A user's diff over the bundled 2015 scenario, as the library saves the working scenario. */
const DIFF: DerivedScenario = {
  id: 'arbejdsscenarie',
  title: { da: 'Arbejdsscenarie', en: 'Working scenario' },
  extends: 'lyngby-taarbaek-2015',
  overrides: [{ path: '/seed', value: 7 }],
};
const SAVED: SavedScenario[] = [
  { id: 'k1', name: 'Lav vækst', scenario: DIFF, savedAt: '2015-01-27T10:15:00.000Z' },
];

/** The resolved body without the header, to compare scenarios that differ only in id and title. */
function body(scenario: object): Record<string, unknown> {
  const {
    id: _id,
    title: _title,
    description: _description,
    lineage: _lineage,
    ...rest
  } = scenario as Record<string, unknown>;
  return rest;
}

describe('scenario choices of the app shell', () => {
  test('the compare choices are the bundled scenarios, then the saved ones', () => {
    const choices = compareChoices(SAVED, 'da');
    // scenarios/ holds the 2015 and 2017 plans of Lyngby-Taarbæk.
    expect(choices.map((choice) => choice.id)).toEqual([
      'bundled:lyngby-taarbaek-2015',
      'bundled:lyngby-taarbaek-2017',
      'saved:k1',
    ]);
    expect(choices.at(-1)?.label).toBe('Lav vækst');
    expect(choices[0]?.label).toBe(bundledScenario('lyngby-taarbaek-2015')?.title.da);
  });

  test('a choice resolves to its scenario; an unknown one to nothing', () => {
    expect(resolveChoice('bundled:lyngby-taarbaek-2017', SAVED)?.id).toBe('lyngby-taarbaek-2017');
    expect(resolveChoice('saved:k1', SAVED)?.seed).toBe(7);
    expect(resolveChoice('saved:nope', SAVED)).toBeUndefined();
    expect(resolveChoice('', SAVED)).toBeUndefined();
  });

  test('a diff over a bundled scenario becomes that scenario with the same overrides', () => {
    const before = { ...defaultWorkingState(), ambition: 0.7, view: 'report' as const };
    const state = workingStateFor(DIFF, before);
    expect(state).toEqual({
      ...before,
      scenario: 'lyngby-taarbaek-2015',
      overrides: [{ path: '/seed', value: 7 }],
    });
    expect(workingScenario(state).seed).toBe(7);
  });

  test('a scenario with its own fields simulates exactly what it resolves to', () => {
    const scenario = bundledScenario('lyngby-taarbaek-2017');
    if (!scenario) throw new Error('scenarios/lyngby-taarbaek-2017.json is bundled');
    const state = workingStateFor(scenario, defaultWorkingState());
    expect(state.overrides.some((override) => override.path === '/lineage')).toBe(false);
    expect(body(workingScenario(state))).toEqual(body(resolveScenario(scenario, bundledScenario)));
  });

  test('a standalone scenario without activation, costs or model settings gets none of the default’s', () => {
    const ltk = resolveScenario(bundledScenario('lyngby-taarbaek-2015') ?? DIFF, bundledScenario);
    const { activation: _activation, costs: _costs, model: _model, lineage: _lineage, ...rest } = ltk;
    const standalone = { ...rest, id: 'egen', title: { da: 'Egen', en: 'Own' } };
    expect(ltk.activation).toBeDefined();
    const state = workingStateFor(standalone, defaultWorkingState());
    expect(state.overrides.filter((override) => override.remove)).toEqual([
      { path: '/activation', remove: true },
      { path: '/costs', remove: true },
      { path: '/model', remove: true },
    ]);
    const working = workingScenario(state);
    expect(['activation', 'costs', 'model'].filter((key) => key in working)).toEqual([]);
    expect(body(working)).toEqual(body(resolveScenario(standalone, bundledScenario)));
  });

  test('a scenario that does not resolve throws a message naming the problem', () => {
    const broken: DerivedScenario = { ...DIFF, extends: 'no-such-scenario' };
    expect(() => workingStateFor(broken, defaultWorkingState())).toThrow(/no-such-scenario/);
  });

  test("today's date is the local calendar date as YYYY-MM-DD", () => {
    expect(todayIso(new Date(2015, 0, 27, 23, 59))).toBe('2015-01-27');
    expect(todayIso(new Date(2017, 11, 3))).toBe('2017-12-03');
  });
});
