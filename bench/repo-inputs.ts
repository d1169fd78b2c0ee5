/**
 * The repo's rules and scenarios as the CLI reads them, and a scenario scaled to another population size: the
 * inputs of the simulation and national-scale bench sections.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadRuleSet } from '../src/rules/load-rule-set.ts';
import type { RuleSet } from '../src/rules/rule-file.ts';
import { resolveScenario } from '../src/scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from '../src/scenario/scenario.ts';

const ROOT = new URL('../', import.meta.url);

/** Every rule file under rules/, validated as the CLI does. */
export function repoRuleSet(): RuleSet {
  const files = ['indicators', 'reforms', 'conditions'].flatMap((folder) => {
    const url = new URL(`rules/${folder}/`, ROOT);
    return readdirSync(url)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ path: `rules/${folder}/${name}`, text: readFileSync(new URL(name, url), 'utf8') }));
  });
  const { ruleSet, errors } = loadRuleSet(files);
  if (!ruleSet) throw new Error(`the rules do not load: ${errors[0]?.message ?? 'unknown error'}`);
  return ruleSet;
}

export function repoScenario(id: string): ResolvedScenario {
  const read = (name: string): Scenario =>
    JSON.parse(readFileSync(new URL(`scenarios/${name}.json`, ROOT), 'utf8')) as Scenario;
  return resolveScenario(read(id), read);
}

/** The scenario with the cohort and every inflow multiplied by `factor` (rates and shares unchanged). */
export function scaledScenario(scenario: ResolvedScenario, factor: number): ResolvedScenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as ResolvedScenario;
  copy.cohort.total *= factor;
  for (const table of copy.cohort.tables) for (const cell of table.cells) cell.count *= factor;
  for (const stream of copy.inflow) {
    stream.perMonth.value *= factor;
    if (stream.perMonth.uncertainty) {
      stream.perMonth.uncertainty.low *= factor;
      stream.perMonth.uncertainty.high *= factor;
    }
  }
  return copy;
}
