/**
 * The repo's scenario files, bundled into the app as parsed JSON by Vite at build time (no fetch at run time).
 * The app starts from DEFAULT_SCENARIO_ID; derived scenarios find their parents here.
 */
import type { ScenarioLookup } from '../../src/scenario/resolve-scenario.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';

const MODULES: Record<string, Scenario> = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/*.schema.json'],
  { eager: true, import: 'default' },
);

/** The scenario the app opens with: the 2015 employment plan of Lyngby-Taarbæk (seed 000). */
export const DEFAULT_SCENARIO_ID = 'lyngby-taarbaek-2015';

/** Bundled scenarios by id (the file name without .json, which each file's `id` must equal). */
export const BUNDLED_SCENARIOS: ReadonlyMap<string, Scenario> = new Map(
  Object.values(MODULES).map((scenario) => [scenario.id, scenario] as const),
);

/** Finds a bundled scenario by id, for resolveScenario's `extends`. */
export const bundledScenario: ScenarioLookup = (id) => BUNDLED_SCENARIOS.get(id);
