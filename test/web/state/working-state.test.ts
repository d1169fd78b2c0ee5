import { describe, expect, test } from 'vitest';
import { BUNDLED_SCENARIOS, DEFAULT_SCENARIO_ID } from '../../../web/bundle/bundled-scenarios.ts';
import {
  baseScenario,
  checkWorkingState,
  defaultWorkingState,
  withOverride,
  workingScenario,
  workingScenarioFile,
} from '../../../web/state/working-state.ts';

describe('the working state', () => {
  test('withOverride appends, replaces in place and removes by path, never mutating the state', () => {
    const start = defaultWorkingState();
    const a = withOverride(start, '/macro/unemploymentChange/value', -0.1);
    const b = withOverride(a, '/activation/employerBasedShare/value', 0.8);
    const c = withOverride(b, '/macro/unemploymentChange/value', -0.05);
    expect(c.overrides).toEqual([
      { path: '/macro/unemploymentChange/value', value: -0.05 },
      { path: '/activation/employerBasedShare/value', value: 0.8 },
    ]);
    expect(withOverride(c, '/macro/unemploymentChange/value', undefined).overrides).toHaveLength(1);
    expect(start.overrides).toEqual([]);
    expect(a.overrides).toHaveLength(1);
  });

  test('the working scenario is the bundled one with the overrides, seed and replications applied', () => {
    const state = {
      ...withOverride(defaultWorkingState(), '/macro/unemploymentChange/value', -0.1),
      seed: 42,
      replications: 200,
    };
    const scenario = workingScenario(state);
    expect(scenario.macro.unemploymentChange.value).toBe(-0.1);
    expect(scenario.seed).toBe(42);
    expect(scenario.replications).toBe(200);
    expect(scenario.lineage).toEqual([DEFAULT_SCENARIO_ID, 'arbejdsscenarie']);
    expect(workingScenarioFile(state).overrides?.map((o) => o.path)).toEqual([
      '/macro/unemploymentChange/value',
      '/seed',
      '/replications',
    ]);
  });

  test('resolving the working scenario leaves the bundled scenario untouched', () => {
    const before = JSON.stringify(BUNDLED_SCENARIOS.get(DEFAULT_SCENARIO_ID));
    workingScenario(withOverride(defaultWorkingState(), '/seed', 1));
    expect(JSON.stringify(BUNDLED_SCENARIOS.get(DEFAULT_SCENARIO_ID))).toBe(before);
    expect(baseScenario(defaultWorkingState()).seed).toBe(20150224); // the scenario file's seed
  });

  test('an override of a path the scenario lacks fails with resolveScenario’s located message', () => {
    const state = withOverride(defaultWorkingState(), '/macro/nowhere/value', 1);
    expect(() => workingScenario(state)).toThrow(/path "\/macro\/nowhere\/value" does not exist/);
  });

  test('an override the schema refuses (a value or a new field) fails with where and what, before any run', () => {
    const badValue = withOverride(defaultWorkingState(), '/activation/employerBasedShare/value', 'høj');
    expect(() => workingScenario(badValue)).toThrow(
      /\/activation\/employerBasedShare\/value must be a number/,
    );
    const newField = withOverride(defaultWorkingState(), '/macro/unemploymentChang', 1);
    expect(() => workingScenario(newField)).toThrow(/\/macro\/unemploymentChang unknown property/);
  });

  test('checkWorkingState accepts a state and refuses wrong shapes, versions and unknown scenarios', () => {
    const good = { ...defaultWorkingState(), seed: 7, overrides: [{ path: '/seed', value: 3 }] };
    expect(checkWorkingState(JSON.parse(JSON.stringify(good)))).toEqual(good);
    const removing = { ...good, overrides: [{ path: '/activation', remove: true }] };
    expect(checkWorkingState(JSON.parse(JSON.stringify(removing)))).toEqual(removing);
    expect(
      checkWorkingState({ ...good, overrides: [{ path: '/activation', remove: 'yes' }] }),
    ).toBeUndefined();
    expect(checkWorkingState({ ...good, v: 2 })).toBeUndefined();
    expect(checkWorkingState({ ...good, scenario: 'aarhus-2015' })).toBeUndefined();
    expect(checkWorkingState({ ...good, overrides: [{ value: 1 }] })).toBeUndefined();
    expect(checkWorkingState({ ...good, seed: -1 })).toBeUndefined();
    expect(checkWorkingState({ ...good, ambition: 0.99 })).toBeUndefined();
    expect(checkWorkingState({ ...good, view: 'nowhere' })).toBeUndefined();
    expect(checkWorkingState('{}')).toBeUndefined();
  });
});
