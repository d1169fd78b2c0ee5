/**
 * The working state: everything that decides the numbers on screen and how they are shown — the bundled scenario
 * it starts from, the user's overrides (JSON pointer → value, as resolveScenario's `overrides`), seed and
 * replications, the ambition and the view. It is what the share link and the autosave hold, so a link reopens
 * exactly the same numbers. `workingScenario` turns it into the scenario the workers simulate.
 */
import type { JsonValue } from '../../src/rules/rule-file.ts';
import { resolvedScenarioProblems } from '../../src/scenario/validate-scenario-files.ts';
import { pointerSegments, resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { DerivedScenario, ResolvedScenario, ScenarioOverride } from '../../src/scenario/scenario.ts';
import { bundledScenario, DEFAULT_SCENARIO_ID } from '../bundle/bundled-scenarios.ts';
import { APP_VIEWS, type AppView } from '../components/maalbar-app/app-views.ts';

/** Version of the state's shape in links and autosaves; a link of another version is refused. */
export const WORKING_STATE_VERSION = 1;

export interface WorkingState {
  v: typeof WORKING_STATE_VERSION;
  /** Id of the bundled scenario the overrides apply to, e.g. "lyngby-taarbaek-2015". */
  scenario: string;
  /** One override per path, in the order first set; resolveScenario applies them after the scenario's own. */
  overrides: ScenarioOverride[];
  /** The seed of the run; undefined = the scenario's. */
  seed?: number;
  /** Replications of the run; undefined = the scenario's. */
  replications?: number;
  /** The board's ambition: the wanted probability, 0.5–0.95 in steps of 0.05. */
  ambition: number;
  view: AppView;
}

/** The id a working scenario gets (it must differ from the scenario it extends). */
export const WORKING_SCENARIO_ID = 'arbejdsscenarie';

/** The state a first visit starts with. */
export function defaultWorkingState(): WorkingState {
  return {
    v: WORKING_STATE_VERSION,
    scenario: DEFAULT_SCENARIO_ID,
    overrides: [],
    ambition: 0.8,
    view: 'board',
  };
}

/**
 * The state with `value` at `path`: replaces an override of the same path in place, else appends one;
 * `value` undefined removes it. Never mutates `state`.
 */
export function withOverride(state: WorkingState, path: string, value: JsonValue | undefined): WorkingState {
  const rest = state.overrides.filter((override) => override.path !== path);
  if (value === undefined) return { ...state, overrides: rest };
  const at = state.overrides.findIndex((override) => override.path === path);
  const overrides =
    at < 0
      ? [...state.overrides, { path, value }]
      : state.overrides.map((override, i) => (i === at ? { path, value } : override));
  return { ...state, overrides };
}

/** The scenario file the state stands for: the bundled scenario extended by the overrides, seed and replications. */
export function workingScenarioFile(state: WorkingState): DerivedScenario {
  const overrides: ScenarioOverride[] = [...state.overrides];
  // A parameter override needs /parameters to exist; a scenario without any gets an empty one first.
  if (overrides.some((o) => o.path.startsWith('/parameters/')) && !chainGives(state.scenario, 'parameters')) {
    overrides.unshift({ path: '/parameters', value: {} });
  }
  if (state.seed !== undefined) overrides.push({ path: '/seed', value: state.seed });
  if (state.replications !== undefined) overrides.push({ path: '/replications', value: state.replications });
  return {
    id: WORKING_SCENARIO_ID,
    title: { da: 'Arbejdsscenarie', en: 'Working scenario' },
    extends: state.scenario,
    overrides,
  };
}

/** Whether the bundled scenario or one of its parents gives the top-level field. */
function chainGives(id: string, field: string): boolean {
  const seen = new Set<string>();
  for (let scenario = bundledScenario(id); scenario && !seen.has(scenario.id);) {
    if (Object.prototype.hasOwnProperty.call(scenario, field)) return true;
    seen.add(scenario.id);
    scenario = 'extends' in scenario && scenario.extends ? bundledScenario(scenario.extends) : undefined;
  }
  return false;
}

/** `workingScenario(state)` → the resolved scenario to simulate; throws resolveScenario's located errors. */
export function workingScenario(state: WorkingState): ResolvedScenario {
  const resolved = resolveScenario(workingScenarioFile(state), bundledScenario);
  // A link or an autosave may carry a change the schema refuses (tampered, or from another version of the app).
  const problems = resolvedScenarioProblems(resolved);
  if (problems.length > 0) {
    throw new Error(
      `The scenario with the link's changes is not valid: ${problems.map((p) => `${p.pointer} ${p.message.en}`).join('; ')}.`,
    );
  }
  return resolved;
}

/**
 * The overrides that replace whole top-level fields: a scenario imported over the bundled one (workingStateFor
 * writes it so). Levers and calibration write deeper paths.
 */
export function importOverrides(state: Pick<WorkingState, 'overrides'>): ScenarioOverride[] {
  return state.overrides.filter((override) => pointerSegments(override.path).length === 1);
}

/**
 * The scenario the levers start from (their defaults, and the quantities they offer): the bundled scenario with
 * the state's top-level overrides, i.e. an imported scenario as imported, and without any lever's change.
 */
export function baseScenario(state: Pick<WorkingState, 'scenario' | 'overrides'>): ResolvedScenario {
  const scenario = bundledScenario(state.scenario);
  if (!scenario) throw new Error(`The scenario "${state.scenario}" is not part of this app.`);
  const imported = importOverrides(state);
  if (imported.length === 0) return resolveScenario(scenario, bundledScenario);
  return resolveScenario(
    { id: WORKING_SCENARIO_ID, title: scenario.title, extends: state.scenario, overrides: imported },
    bundledScenario,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The state in `value` (parsed from a link or an autosave) when it has the right shape, else undefined.
 * Whether its overrides fit the scenario is resolveScenario's to say, with a located message.
 */
export function checkWorkingState(value: unknown): WorkingState | undefined {
  if (!isRecord(value) || value['v'] !== WORKING_STATE_VERSION) return undefined;
  const { scenario, overrides, seed, replications, ambition, view } = value;
  if (typeof scenario !== 'string' || !bundledScenario(scenario)) return undefined;
  if (!Array.isArray(overrides)) return undefined;
  const checked: ScenarioOverride[] = [];
  for (const override of overrides) {
    if (!isRecord(override) || typeof override['path'] !== 'string') return undefined;
    if (override['remove'] === true && !('value' in override)) {
      checked.push({ path: override['path'], remove: true });
      continue;
    }
    if (!('value' in override)) return undefined;
    checked.push({ path: override['path'], value: override['value'] as JsonValue });
  }
  const whole = (n: unknown, min: number, max: number): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
  if (seed !== undefined && !whole(seed, 0, 4_294_967_295)) return undefined;
  if (replications !== undefined && !whole(replications, 1, 1_000_000)) return undefined;
  if (typeof ambition !== 'number' || !(ambition >= 0.5 && ambition <= 0.95)) return undefined;
  const knownView = APP_VIEWS.find((candidate) => candidate.id === view);
  if (!knownView) return undefined;
  return {
    v: WORKING_STATE_VERSION,
    scenario,
    overrides: checked,
    ...(seed !== undefined ? { seed } : {}),
    ...(replications !== undefined ? { replications } : {}),
    ambition,
    view: knownView.id,
  };
}
