import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { fileText, onSupportCondition, sickRule, youngRule } from '../rules/rule-file-fixtures.ts';
import { buildCli, fixtureDir, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

/** A person in week 22 of sygedagpenge within 9 months, 45 years old. */
const WEEK_22 = { ...DEFAULT_PERSON, ydelse: 'sygedagpenge', sickWeeksLast9Months: 22, age: 45 };

const rulesDir = (): string =>
  fixtureDir({
    'rules/sick-reassessment.json': fileText(sickRule()),
    'rules/young-on-support.json': fileText(youngRule()),
    'rules/on-support.json': fileText(onSupportCondition()),
    'person.json': JSON.stringify(WEEK_22),
  });

describe('maalbar explain', () => {
  it('explains one rule for a person from a file, in Danish by default', () => {
    const result = runCli(
      ['explain', '--rules', 'rules', '--person', 'person.json', '--rule', 'sick-reassessment'],
      {
        cwd: rulesDir(),
      },
    );
    expect(result.stdout).toBe(
      [
        '✓ sick-reassessment — Revurdering efter 22 uger: udløst',
        '  hændelse: transition {"to":"jobafklaring","probability":0.4}',
        '  ✓ alle skal gælde',
        '    ✓ Ydelse = sygedagpenge er sygedagpenge',
        '    ✓ Sygeuger de sidste 9 måneder = 22 er mindst Revurderingsfrist (22)',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(0);
  });

  it('explains every rule for an inline person in English, with --param applied', () => {
    const result = runCli(
      [
        'explain',
        '--rules',
        'rules',
        '--person',
        JSON.stringify(WEEK_22),
        '--lang',
        'en',
        '--param',
        'reassessmentWeeks=23',
      ],
      { cwd: rulesDir() },
    );
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('✗ sick-reassessment — Reassessment after 22 weeks: did not fire');
    expect(lines).toContain('    ✗ Sick weeks in the last 9 months = 22 is at least Reassessment point (23)');
    expect(lines).toContain('✗ young-on-support — Young people under 30 on public support: did not fire');
  });

  it('prints the explanation tree as JSON with --json', () => {
    const result = runCli(['explain', '--rules', 'rules', '--person', 'person.json', '--json'], {
      cwd: rulesDir(),
    });
    const explanations = JSON.parse(result.stdout) as {
      rule: string;
      fired: boolean;
      tree: { kind: string };
    }[];
    expect(
      explanations.map((explanation) => [explanation.rule, explanation.fired, explanation.tree.kind]),
    ).toEqual([
      ['sick-reassessment', true, 'all'],
      ['young-on-support', false, 'all'],
    ]);
  });

  it('requires every fact unless --defaults is given', () => {
    const dir = rulesDir();
    const partial = '{"age": 22, "ydelse": "kontanthjaelp"}';
    const strict = runCli(['explain', '--rules', 'rules', '--person', partial, '--lang', 'en'], { cwd: dir });
    expect(strict.stderr).toContain('--person:1:1: missing fact "previousYdelse" (no silent defaults)');
    expect(strict.status).toBe(1);
    const filled = runCli(
      ['explain', '--rules', 'rules', '--person', partial, '--defaults', '--rule', 'young-on-support'],
      {
        cwd: dir,
      },
    );
    expect(filled.stdout.split('\n')[0]).toBe(
      '✓ young-on-support — Unge under 30 på offentlig forsørgelse: udløst',
    );
    expect(filled.status).toBe(0);
  });

  it('suggests the nearest rule name for an unknown --rule', () => {
    const result = runCli(
      [
        'explain',
        '--rules',
        'rules',
        '--person',
        'person.json',
        '--rule',
        'sick-reasessment',
        '--lang',
        'en',
      ],
      {
        cwd: rulesDir(),
      },
    );
    expect(result.stderr).toContain(
      'no rule is named "sick-reasessment" — did you mean "sick-reassessment"?',
    );
    expect(result.status).toBe(1);
  });
});
