import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, generateValidators } from '../../scripts/generate-validators.ts';
import { VALIDATORS as RULE_VALIDATORS } from '../../src/generated/rule-validators.js';

describe('precompiled JSON Schema validators', () => {
  it('are what scripts/generate-validators.ts makes from the committed schemas', async () => {
    const generated = await generateValidators();
    expect([...generated.keys()].sort()).toEqual([
      'src/generated/rule-validators.d.ts',
      'src/generated/rule-validators.js',
      'src/generated/scenario-validator.d.ts',
      'src/generated/scenario-validator.js',
    ]);
    for (const [path, text] of generated) {
      const committed = readFileSync(join(REPO_ROOT, path), 'utf8');
      expect(committed === text, `${path} is out of date: run npx tsx scripts/generate-validators.ts`).toBe(
        true,
      );
    }
  }, 120_000);

  it('contain no eval: no `new Function` or `eval(` in the generated code', () => {
    for (const path of ['src/generated/rule-validators.js', 'src/generated/scenario-validator.js']) {
      const text = readFileSync(join(REPO_ROOT, path), 'utf8');
      expect(text).not.toMatch(/new Function|\beval\(/);
    }
  });

  it('cover every definition of the rule and condition schemas', () => {
    const read = (path: string) =>
      Object.keys(
        (JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as { definitions: object }).definitions,
      );
    const names = [...read('rules/rule.schema.json'), ...read('rules/condition.schema.json')];
    for (const name of names) expect(RULE_VALIDATORS[`definition:${name}`], name).toBeTypeOf('function');
    // A month is validated by its pattern (the one on the Month type in src/time/month.ts).
    const month = RULE_VALIDATORS['definition:Month'];
    expect([month?.('2015-01'), month?.('2015-13')]).toEqual([true, false]);
  });
});
