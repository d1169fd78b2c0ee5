import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRuleSet } from '../../../src/rules/load-rule-set.ts';
import { BUNDLED_RULES, fingerprint, ruleBundle } from '../../../web/bundle/bundled-rules.ts';
import { BUNDLED_SCENARIOS, DEFAULT_SCENARIO_ID } from '../../../web/bundle/bundled-scenarios.ts';

function ruleFilesOnDisk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return ruleFilesOnDisk(path);
    return name.endsWith('.json') && !name.endsWith('.schema.json') ? [path] : [];
  });
}

describe('the rules and scenarios bundled into the app', () => {
  test('every rule file of rules/ is bundled (schemas are not), by repo-relative path, sorted', () => {
    const onDisk = ruleFilesOnDisk('rules').sort();
    expect(BUNDLED_RULES.files.map((file) => file.path)).toEqual(onDisk);
    expect(BUNDLED_RULES.files.length).toBeGreaterThan(30);
  });

  test('the bundled rules load without errors, as the worker loads them', () => {
    const { ruleSet, errors } = loadRuleSet(BUNDLED_RULES.files);
    expect(errors.filter((error) => error.severity === 'error')).toEqual([]);
    expect(ruleSet?.rules.length).toBe(
      BUNDLED_RULES.files.filter((f) => !f.path.includes('/conditions/')).length,
    );
  });

  test('the bundle key changes with any text and not with the order of the glob', () => {
    const raw = { '../../rules/a.json': '{"a":1}', '../../rules/b.json': '{"b":2}' };
    const reversed = { '../../rules/b.json': '{"b":2}', '../../rules/a.json': '{"a":1}' };
    expect(ruleBundle(raw).key).toBe(ruleBundle(reversed).key);
    expect(ruleBundle({ ...raw, '../../rules/b.json': '{"b":3}' }).key).not.toBe(ruleBundle(raw).key);
    expect(ruleBundle(raw).files[0]?.path).toBe('rules/a.json');
  });

  test('fingerprint is FNV-1a 32 bit (reference values: "" → 811c9dc5, "a" → e40c292c)', () => {
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toBe('e40c292c');
  });

  test('every scenario file is bundled under its id (= file name), the default among them', () => {
    const onDisk = readdirSync('scenarios')
      .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect([...BUNDLED_SCENARIOS.keys()].sort()).toEqual(onDisk);
    expect(BUNDLED_SCENARIOS.get(DEFAULT_SCENARIO_ID)?.id).toBe('lyngby-taarbaek-2015');
  });
});
