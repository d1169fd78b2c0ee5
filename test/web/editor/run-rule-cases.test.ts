import { describe, expect, it } from 'vitest';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { checkRuleEdit } from '../../../web/training/check-rule-edit.ts';
import { runRuleCases } from '../../../web/training/run-rule-cases.ts';

const PATH = 'rules/reforms/sygedagpenge-revurdering.json';
const original = BUNDLED_RULES.files.find((file) => file.path === PATH)?.text ?? '';

function ruleSetOf(text: string) {
  const { ruleSet } = checkRuleEdit(BUNDLED_RULES, PATH, text, 'da');
  if (!ruleSet) throw new Error('the edit should be valid');
  return ruleSet;
}

describe('runRuleCases', () => {
  it('passes every case of the repository rule on both engines', async () => {
    const runs = await runRuleCases(ruleSetOf(original), 'sygedagpenge-revurdering');
    // The file has six cases (rules/reforms/sygedagpenge-revurdering.json).
    expect(runs).toHaveLength(6);
    expect(runs.every((run) => run.passed && run.compiled === run.reference)).toBe(true);
  });

  it('fails the 22-week case on both engines when the default moves to 26 weeks', async () => {
    const runs = await runRuleCases(
      ruleSetOf(original.replace('"value": 22,', '"value": 26,')),
      'sygedagpenge-revurdering',
    );
    const first = runs[0];
    expect(first?.name).toContain('22 sygeuger');
    expect(first).toMatchObject({ expectFires: true, reference: false, compiled: false, passed: false });
    // The 30-week case still fires: past both thresholds.
    expect(runs[2]?.passed).toBe(true);
  });

  it('flags a case whose event params differ from the expected ones', async () => {
    const runs = await runRuleCases(
      ruleSetOf(original.replace('"value": 0.4,', '"value": 0.5,')),
      'sygedagpenge-revurdering',
    );
    expect(runs[0]).toMatchObject({ reference: true, paramsMatch: false, passed: false });
  });

  it('throws for a rule the set does not have', async () => {
    await expect(runRuleCases(ruleSetOf(original), 'no-such-rule')).rejects.toThrow('no-such-rule');
  });
});
