/**
 * The sandbox's promise, without workers: the bundled default scenario run in this thread with the original
 * rules and with `sygedagpengeReassessmentWeeks` moved from 22 to 30 weeks (same seed) gives a different
 * P(reach) for at least one target, and targetEffect reports it as after − before.
 *
 * Why 30 and not 26: the simulator keeps sick weeks as whole months (src/cohort/cohort.ts: floor(months × 52 /
 * 12) = 0, 4, 8, 13, 17, 21, 26, 30 …), so "≥ 22" and "≥ 26" both first hold at 6 months: the same run.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/rules/load-rule-set.ts';
import { monteCarlo } from '../../../src/sim/monte-carlo.ts';
import { prepareModel } from '../../../src/sim/prepare-model.ts';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { sandboxBundle } from '../../../web/training/sandbox-bundle.ts';
import { targetEffect } from '../../../web/training/target-effect.ts';
import { fixtureScenario } from '../sim-fixture.ts';

const PATH = 'rules/reforms/sygedagpenge-revurdering.json';
const original = BUNDLED_RULES.files.find((file) => file.path === PATH)?.text ?? '';

function run(bundle: typeof BUNDLED_RULES) {
  const { ruleSet, errors } = loadRuleSet(bundle.files);
  if (!ruleSet) throw new Error(errors[0]?.message ?? 'rules do not load');
  const scenario = fixtureScenario(40);
  return monteCarlo(prepareModel(scenario, ruleSet), { replications: 40, from: 0, to: 40 });
}

describe('a sandbox rule edit', () => {
  it('replaces one file and changes the bundle fingerprint only when the text changes', () => {
    const same = sandboxBundle(BUNDLED_RULES, PATH, original);
    expect(same.key).toBe(BUNDLED_RULES.key);
    const edited = sandboxBundle(BUNDLED_RULES, PATH, original.replace('"value": 22,', '"value": 26,'));
    expect(edited.key).not.toBe(BUNDLED_RULES.key);
    expect(edited.files.map((file) => file.path)).toEqual(BUNDLED_RULES.files.map((file) => file.path));
  });

  it('moving the reassessment from 22 to 30 weeks changes P(reach) of at least one target', () => {
    const before = run(BUNDLED_RULES);
    const after = run(sandboxBundle(BUNDLED_RULES, PATH, original.replace('"value": 22,', '"value": 30,')));
    const rows = targetEffect(before, after);
    expect(rows.map((row) => row.id)).toEqual(before.targets.map((target) => target.id));
    const changed = rows.filter((row) => row.difference !== undefined && row.difference !== 0);
    expect(changed.length).toBeGreaterThan(0);
    for (const row of changed) expect(row.difference).toBeCloseTo((row.after ?? 0) - (row.before ?? 0), 12);
  });
});
