/**
 * Test helper: the repository's scenario files (scenarios/*.json, not the schema), parsed, with a lookup by id
 * for `extends`, and the prepared model of a scenario over the repository's rules.
 *
 * @example
 *   const files = readRepoScenarioFiles(); // [{ path: 'scenarios/lyngby-taarbaek-2015.json', scenario }, …]
 *   const model = prepareRepoScenario('lyngby-taarbaek-2015');
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from '../../src/scenario/scenario.ts';
import { prepareModel, type PreparedModel } from '../../src/sim/prepare-model.ts';
import { loadRepoRuleSet } from '../rules/repo-rule-files.ts';

const SCENARIOS_URL = new URL('../../scenarios/', import.meta.url);

export interface RepoScenarioFile {
  /** Path from the repository root, e.g. "scenarios/lyngby-taarbaek-2015.json". */
  path: string;
  /** The parsed file, as written. */
  scenario: Scenario;
}

/** Every scenario file, sorted by name. */
export function readRepoScenarioFiles(): RepoScenarioFile[] {
  return readdirSync(SCENARIOS_URL)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({
      path: `scenarios/${name}`,
      scenario: JSON.parse(readFileSync(new URL(name, SCENARIOS_URL), 'utf8')) as Scenario,
    }));
}

/** Finds a repository scenario by id (for `extends`). */
export function repoScenarioLookup(): (id: string) => Scenario | undefined {
  const files = readRepoScenarioFiles();
  return (id) => files.find((file) => file.scenario.id === id)?.scenario;
}

/** A repository scenario by id, resolved. Throws when there is none. */
export function resolveRepoScenario(id: string): ResolvedScenario {
  const lookup = repoScenarioLookup();
  const scenario = lookup(id);
  if (!scenario) throw new Error(`No scenario "${id}" in scenarios/.`);
  return resolveScenario(scenario, lookup);
}

/** The model of a repository scenario over the repository's rules, with optional changes to the scenario. */
export function prepareRepoScenario(
  id: string,
  change: (scenario: ResolvedScenario) => ResolvedScenario = (s) => s,
): PreparedModel {
  return prepareModel(change(resolveRepoScenario(id)), loadRepoRuleSet());
}
