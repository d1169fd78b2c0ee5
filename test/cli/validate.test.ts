import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileText,
  onSupportCondition,
  positionOf,
  sickRule,
  youngRule,
} from '../rules/rule-file-fixtures.ts';
import { buildCli, fixtureDir, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

const VALID = {
  'rules/reforms/sick-reassessment.json': fileText(sickRule()),
  'rules/indicators/young-on-support.json': fileText(youngRule()),
  'rules/conditions/on-support.json': fileText(onSupportCondition()),
  // Schemas sit beside the rules and are not rule files.
  'rules/rule.schema.json': '{"type": "object"}',
};

describe('maalbar validate', () => {
  it('checks rules/ by default and exits 0 when every file is valid', () => {
    const result = runCli(['validate'], { cwd: fixtureDir(VALID) });
    expect(result.stdout).toBe('3 file(s) checked: 0 error(s), 0 warning(s)\n');
    expect(result.status).toBe(0);
  });

  it('prints each error located with a suggestion, a summary, and exits 1', () => {
    const broken = sickRule();
    (broken['conditions'] as { all: unknown[] }).all[0] = {
      fact: 'monthsInYdelsen',
      operator: 'greaterThan',
      value: 3,
    };
    const text = fileText(broken);
    const dir = fixtureDir({ ...VALID, 'rules/reforms/sick-reassessment.json': text });
    const result = runCli(['validate', 'rules/reforms'], { cwd: dir });
    const { line, column } = positionOf(text, '"fact": "monthsInYdelsen"');
    expect(result.stdout.split('\n')).toEqual([
      `rules/reforms/sick-reassessment.json:${line}:${column} /conditions/all/0/fact: unknown fact "monthsInYdelsen" — did you mean "monthsInYdelse"?`,
      '1 file(s) checked: 1 error(s), 0 warning(s)',
      '',
    ]);
    expect(result.status).toBe(1);
  });

  it('validates the set: a rule whose shared condition is not among the paths is an error', () => {
    const dir = fixtureDir(VALID);
    const result = runCli(['validate', 'rules/indicators'], { cwd: dir });
    expect(result.stdout).toContain('unknown shared condition "on-support"');
    expect(result.status).toBe(1);
  });

  it('exits 0 with warnings only, and prints them', () => {
    const rule = sickRule();
    const parameters = (rule['meta'] as { parameters: { [name: string]: unknown } }).parameters;
    parameters['unused'] = parameters['reassessmentWeeks'];
    const dir = fixtureDir({ 'sick-reassessment.json': fileText(rule) });
    const result = runCli(['validate', 'sick-reassessment.json'], { cwd: dir });
    expect(result.stdout).toMatch(
      /sick-reassessment\.json:\d+:\d+ \/meta\/parameters\/unused: warning: parameter "unused"/,
    );
    expect(result.stdout).toContain('1 file(s) checked: 0 error(s), 1 warning(s)');
    expect(result.status).toBe(0);
  });

  it('reports a file that is not UTF-8 at its first bad byte', () => {
    // "ø" in Windows-1252 is the single byte 0xF8, which is not UTF-8. It is the 13th character of line 2
    // (2 spaces, 7 for "name":, a space, a quote, "s").
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "s'), Buffer.from([0xf8]), Buffer.from('",\n}')]);
    const dir = fixtureDir({ 'rules/x.json': bytes });
    const result = runCli(['validate'], { cwd: dir });
    expect(result.stdout).toContain(
      'rules/x.json:2:13: the file is not UTF-8 (saved as Windows-1252?) — save the file again',
    );
    expect(result.status).toBe(1);
  });

  it('speaks Danish with --lang da', () => {
    const dir = fixtureDir({ 'rules/x.json': '{"name": ' });
    const result = runCli(['validate', '--lang', 'da'], { cwd: dir });
    expect(result.stdout).toContain('rules/x.json:1:10: ugyldig JSON: værdi forventet');
    expect(result.stdout).toContain('1 fil(er) kontrolleret: 1 fejl, 0 advarsel(er)');
  });

  it('validates scenario files with their own schema and names the misspelt field', () => {
    const dir = fixtureDir({
      ...VALID,
      'scenarios/base.json': '{\n  "id": "base",\n  "municipalty": "x"\n}',
    });
    const result = runCli(['validate', 'rules', 'scenarios'], { cwd: dir });
    expect(result.stdout).toContain(
      'scenarios/base.json:3:3 /municipalty: unknown property "municipalty" — did you mean "municipality"?',
    );
    expect(result.status).toBe(1);
  });

  it('knows a scenario outside scenarios/ by its shape and checks its overrides', () => {
    const dir = fixtureDir({
      'plan.json':
        '{\n  "id": "plan",\n  "title": {"da": "p", "en": "p"},\n  "extends": "base",\n  "overrides": [{"path": "/seed", "value": -1}]\n}',
      'base.json': readFileSync(
        new URL('../../scenarios/lyngby-taarbaek-2015.json', import.meta.url),
        'utf8',
      ).replace('"id": "lyngby-taarbaek-2015"', '"id": "base"'),
    });
    const result = runCli(['validate', 'plan.json', 'base.json'], { cwd: dir });
    expect(result.stdout).toContain('plan.json:5:35 /overrides/0/value: /seed must be >= 0');
    expect(result.stdout).not.toContain('not a rule file');
    expect(result.status).toBe(1);
  });

  it('reads a scenario’s parent from beside it, as run does, and checks the chain', () => {
    const parent = readFileSync(
      new URL('../../scenarios/lyngby-taarbaek-2015.json', import.meta.url),
      'utf8',
    );
    const dir = fixtureDir({
      'plans/plan.json': JSON.stringify({
        id: 'plan',
        title: { da: 'p', en: 'p' },
        extends: 'lyngby-taarbaek-2015',
        overrides: [{ path: '/seed', value: 7 }],
      }),
      'plans/lyngby-taarbaek-2015.json': parent,
      'other/orphan.json': JSON.stringify({ id: 'o', title: { da: 'o', en: 'o' }, extends: 'nowhere' }),
    });
    const good = runCli(['validate', 'plans/plan.json'], { cwd: dir });
    expect(good.stdout).toBe('2 file(s) checked: 0 error(s), 0 warning(s)\n');
    expect(good.status).toBe(0);
    const orphan = runCli(['validate', 'other/orphan.json'], { cwd: dir });
    expect(orphan.stdout).toContain('other/orphan.json:1:');
    expect(orphan.stdout).toContain('extends "nowhere", which was not found');
    expect(orphan.status).toBe(1);
  });

  it('says when a path does not exist', () => {
    const result = runCli(['validate', 'no-such-dir'], { cwd: fixtureDir({}) });
    expect(result.stderr).toContain('maalbar validate: no-such-dir does not exist');
    expect(result.status).toBe(1);
  });
});
