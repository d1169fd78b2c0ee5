/**
 * The bundled default scenario (Lyngby-Taarbæk 2015) with few replications, its rules, and the core's own
 * one-thread answer over the same replications — the reference every worker-side result must equal exactly.
 * Loading and preparing happen once per test file.
 */
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { prepareModel, type PreparedModel } from '../../src/sim/prepare-model.ts';
import { BUNDLED_RULES } from '../../web/bundle/bundled-rules.ts';
import { defaultWorkingState, workingScenario } from '../../web/state/working-state.ts';

/** Replications of the fixture runs: enough for every target to have values, few enough to be quick. */
export const FIXTURE_REPLICATIONS = 12;

/** The default scenario with FIXTURE_REPLICATIONS replications, as the app resolves it. */
export function fixtureScenario(replications = FIXTURE_REPLICATIONS): ResolvedScenario {
  return workingScenario({ ...defaultWorkingState(), replications });
}

let ruleSet: RuleSet | undefined;
let model: PreparedModel | undefined;
const results = new Map<string, MonteCarloResult>();

export function fixtureRuleSet(): RuleSet {
  if (ruleSet) return ruleSet;
  const loaded = loadRuleSet(BUNDLED_RULES.files);
  if (!loaded.ruleSet) throw new Error(`The bundled rules do not load: ${loaded.errors[0]?.message ?? '?'}`);
  ruleSet = loaded.ruleSet;
  return ruleSet;
}

/** monteCarlo in this thread over [from, to) of the fixture scenario: the reference. */
export function referenceResult(from = 0, to = FIXTURE_REPLICATIONS): MonteCarloResult {
  const key = `${from}-${to}`;
  const cached = results.get(key);
  if (cached) return cached;
  model ??= prepareModel(fixtureScenario(), fixtureRuleSet());
  const result = monteCarlo(model, { replications: FIXTURE_REPLICATIONS, from, to });
  results.set(key, result);
  return result;
}
