/**
 * The app's scenario choices: the bundled scenarios and the user's saved ones as compare choices
 * (`bundled:<id>`, `saved:<id>`), a choice resolved for a run, and a saved or imported scenario turned into a
 * working state (the working state holds a bundled scenario plus overrides, so a scenario that is not a plain
 * diff over a bundled one is expressed as whole top-level fields over its bundled root or the default).
 */
import { resolveScenario } from '../../../src/scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario, ScenarioOverride } from '../../../src/scenario/scenario.ts';
import type { JsonValue } from '../../../src/rules/rule-file.ts';
import { BUNDLED_SCENARIOS, bundledScenario, DEFAULT_SCENARIO_ID } from '../../bundle/bundled-scenarios.ts';
import type { Locale } from '../../i18n/locales.ts';
import { baseScenario, type WorkingState } from '../../state/working-state.ts';
import type { SavedScenario } from '../../storage/scenario-store.ts';
import type { CompareChoice } from '../maalbar-compare/maalbar-compare.ts';

/** The id of the working scenario among the compare choices. */
export const WORKING_CHOICE = 'working';

/** The header fields, which a working state does not carry (`lineage` is recomputed on resolving). */
const HEADER_FIELDS = new Set(['$schema', 'id', 'title', 'description', 'extends', 'overrides', 'lineage']);

/** The bundled scenarios (labelled with their title in `locale`), then the saved ones (with their name). */
export function compareChoices(saved: readonly SavedScenario[], locale: Locale): CompareChoice[] {
  return [
    ...[...BUNDLED_SCENARIOS.values()].map((scenario) => ({
      id: `bundled:${scenario.id}`,
      label: scenario.title[locale],
    })),
    ...saved.map((entry) => ({ id: `saved:${entry.id}`, label: entry.name })),
  ];
}

/** The scenario a choice id stands for, resolved; undefined for an unknown id. Throws resolveScenario's errors. */
export function resolveChoice(id: string, saved: readonly SavedScenario[]): ResolvedScenario | undefined {
  const [kind, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  const scenario =
    kind === 'bundled'
      ? bundledScenario(key)
      : kind === 'saved'
        ? saved.find((entry) => entry.id === key)?.scenario
        : undefined;
  return scenario ? resolveScenario(scenario, bundledScenario) : undefined;
}

/**
 * The working state that simulates `scenario`, keeping the ambition and view of `state`. A diff over a bundled
 * scenario keeps its overrides (so the levers show them); anything else becomes whole top-level fields of its
 * resolved form over the default scenario. Throws resolveScenario's located errors for a scenario that does
 * not resolve.
 */
export function workingStateFor(scenario: Scenario, state: WorkingState): WorkingState {
  const keep = { v: state.v, ambition: state.ambition, view: state.view };
  const parent = 'extends' in scenario ? scenario.extends : undefined;
  const plainDiff = Object.keys(scenario).every((key) => HEADER_FIELDS.has(key));
  if (parent && bundledScenario(parent) && plainDiff) {
    const overrides = 'overrides' in scenario ? (scenario.overrides ?? []) : [];
    return {
      ...keep,
      scenario: parent,
      // The notes stay with the saved file; the state keeps what the overrides do.
      overrides: overrides.map(({ note: _note, ...override }) => override),
    };
  }
  const resolved = resolveScenario(scenario, bundledScenario);
  const overrides: ScenarioOverride[] = Object.entries(resolved)
    .filter(([key]) => !HEADER_FIELDS.has(key))
    .map(([key, value]) => ({ path: `/${key}`, value: value as JsonValue }));
  // Fields the default scenario gives and this one does without (its activation, costs, model settings) are
  // removed, or they would carry over into it.
  for (const key of Object.keys(baseScenario({ scenario: DEFAULT_SCENARIO_ID, overrides: [] }))) {
    if (!HEADER_FIELDS.has(key) && !(key in resolved)) overrides.push({ path: `/${key}`, remove: true });
  }
  return { ...keep, scenario: DEFAULT_SCENARIO_ID, overrides };
}
