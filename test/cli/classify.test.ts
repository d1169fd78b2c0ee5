import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { FACTS, FACT_NAMES } from '../../src/rules/facts.ts';
import type { FactDefinition, FactValue } from '../../src/rules/facts.ts';
import { createStream } from '../../src/random/random-stream.ts';
import { fileText, onSupportCondition, sickRule, youngRule } from '../rules/rule-file-fixtures.ts';
import { buildCli, fixtureDir, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

/** Plain json-rules-engine rules exercising not, any, in, fact-to-fact, a shared condition and `any: []`. */
const PLAIN_RULES = [
  {
    name: 'switched',
    conditions: { all: [{ fact: 'ydelse', operator: 'notEqual', value: { fact: 'previousYdelse' } }] },
    event: { type: 'flag' },
  },
  {
    name: 'uninsured-long-or-unskilled',
    conditions: {
      all: [
        { not: { fact: 'insured', operator: 'equal', value: true } },
        {
          any: [
            { fact: 'monthsOnSupport', operator: 'greaterThan', value: 12 },
            { fact: 'education', operator: 'in', value: ['ingen', 'kvu'] },
          ],
        },
      ],
    },
    event: { type: 'flag' },
  },
  {
    name: 'supported-50-plus',
    conditions: {
      all: [{ condition: 'on-support' }, { fact: 'age', operator: 'greaterThanInclusive', value: 50 }],
    },
    event: { type: 'flag' },
  },
  // json-rules-engine's quirk: an empty `any` holds.
  { name: 'empty-any', conditions: { any: [] }, event: { type: 'flag' } },
];

const RULE_NAMES = [
  'empty-any',
  'sick-reassessment',
  'supported-50-plus',
  'switched',
  'uninsured-long-or-unskilled',
  'young-on-support',
];

function rulesDir(extra: { [path: string]: string } = {}): string {
  return fixtureDir({
    'rules/sick-reassessment.json': fileText(sickRule()),
    'rules/young-on-support.json': fileText(youngRule()),
    'rules/on-support.json': fileText(onSupportCondition()),
    'rules/plain.json': fileText(PLAIN_RULES),
    ...extra,
  });
}

/** Persons with every fact drawn from a seeded stream, integers kept small so that thresholds are crossed. */
function generatedPersons(count: number, seed: number): string {
  const stream = createStream(seed);
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const person: { [fact: string]: FactValue } = {};
    for (const fact of FACT_NAMES) {
      const definition: FactDefinition = FACTS[fact];
      const draw = (n: number): number => Math.floor(stream.next() * n);
      if (definition.kind === 'integer')
        person[fact] = definition.min + draw(Math.min(definition.max - definition.min + 1, 61));
      else if (definition.kind === 'boolean') person[fact] = draw(2) === 1;
      else person[fact] = definition.values[draw(definition.values.length)] ?? '';
    }
    lines.push(JSON.stringify(person));
  }
  return lines.join('\n') + '\n';
}

const line = (facts: object): string => JSON.stringify({ ...DEFAULT_PERSON, ...facts });

describe('maalbar classify', () => {
  it('prints one line per person with the id (or line number) and the sorted rules that fired', () => {
    const persons = [
      line({
        id: 'week-22',
        ydelse: 'sygedagpenge',
        previousYdelse: 'sygedagpenge',
        sickWeeksLast9Months: 22,
      }),
      '',
      line({ age: 25, ydelse: 'kontanthjaelp' }),
    ].join('\n');
    const dir = rulesDir({ 'persons.jsonl': persons });
    const result = runCli(['classify', '--rules', 'rules', '--persons', 'persons.jsonl'], { cwd: dir });
    // Expected by reading the rules: week 22 meets the 22-week point; the 25-year-old on kontanthjælp is young,
    // on support, and switched from self-support (DEFAULT_PERSON's previousYdelse). The blank line keeps its number.
    expect(result.stdout).toBe(
      '{"id":"week-22","fired":["empty-any","sick-reassessment"]}\n' +
        '{"id":3,"fired":["empty-any","switched","young-on-support"]}\n',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('gives identical output with the compiled engine and json-rules-engine on 600 generated persons', () => {
    const dir = rulesDir({ 'persons.jsonl': generatedPersons(600, 2015) });
    const compiled = runCli(['classify', '--rules', 'rules', '--persons', 'persons.jsonl'], { cwd: dir });
    const reference = runCli(
      ['classify', '--rules', 'rules', '--persons', 'persons.jsonl', '--engine', 'json-rules-engine'],
      {
        cwd: dir,
      },
    );
    expect(compiled.status).toBe(0);
    expect(reference.status).toBe(0);
    expect(compiled.stdout).toBe(reference.stdout);
    // The comparison means something only if every rule fires for some persons and not for others.
    const fired = compiled.stdout
      .trim()
      .split('\n')
      .map((text) => (JSON.parse(text) as { fired: string[] }).fired);
    expect(fired).toHaveLength(600);
    for (const name of RULE_NAMES.filter((rule) => rule !== 'empty-any')) {
      const count = fired.filter((names) => names.includes(name)).length;
      expect(count, name).toBeGreaterThan(0);
      expect(count, name).toBeLessThan(600);
    }
  });

  it('gives the same output whatever the batch size, also from standard input', () => {
    const persons = generatedPersons(50, 7);
    const dir = rulesDir({ 'persons.jsonl': persons });
    const whole = runCli(['classify', '--rules', 'rules', '--persons', 'persons.jsonl'], { cwd: dir });
    const batched = runCli(['classify', '--rules', 'rules', '--persons', '-', '--batch', '7'], {
      cwd: dir,
      input: persons,
    });
    expect(batched.stdout).toBe(whole.stdout);
    expect(whole.stdout.split('\n')).toHaveLength(51);
  });

  it('names the line and the fact of a missing or unknown fact, classifies the other lines, and exits 1', () => {
    const { age: _age, ...noAge } = DEFAULT_PERSON;
    const persons = [line({ age: 20 }), JSON.stringify(noAge), line({ agee: 3 }), '{"age": 3'].join('\n');
    const dir = rulesDir({ 'persons.jsonl': persons });
    const result = runCli(['classify', '--rules', 'rules', '--persons', 'persons.jsonl'], { cwd: dir });
    const agee = (persons.split('\n')[2] ?? '').indexOf('"agee"') + 1;
    expect(result.stderr.split('\n')).toEqual([
      'persons.jsonl:2:1: missing fact "age" (no silent defaults)',
      `persons.jsonl:3:${agee} /agee: unknown fact "agee" — did you mean "age"?`,
      'persons.jsonl:4:10: invalid JSON: } expected',
      '',
    ]);
    expect(result.stdout).toBe('{"id":1,"fired":["empty-any"]}\n');
    expect(result.status).toBe(1);
  });

  it('applies --param overrides and refuses unknown parameters with a suggestion', () => {
    const persons = line({
      ydelse: 'sygedagpenge',
      previousYdelse: 'sygedagpenge',
      sickWeeksLast9Months: 22,
    });
    const dir = rulesDir({ 'persons.jsonl': persons });
    const later = runCli(
      ['classify', '--rules', 'rules', '--persons', 'persons.jsonl', '--param', 'reassessmentWeeks=23'],
      {
        cwd: dir,
      },
    );
    expect(later.stdout).toBe('{"id":1,"fired":["empty-any"]}\n');
    const unknown = runCli(
      ['classify', '--rules', 'rules', '--persons', 'persons.jsonl', '--param', 'reassesmentWeeks=23'],
      {
        cwd: dir,
      },
    );
    expect(unknown.stderr).toContain(
      'no rule declares parameter "reassesmentWeeks" — did you mean "reassessmentWeeks"?',
    );
    expect(unknown.status).toBe(1);
  });

  it('stops with located errors when the rules are invalid', () => {
    const plain = [
      { conditions: { all: [{ fact: 'agee', operator: 'lessThan', value: 30 }] }, event: { type: 'x' } },
    ];
    const dir = fixtureDir({ 'rules/plain.json': JSON.stringify(plain), 'persons.jsonl': line({}) });
    const result = runCli(['classify', '--rules', 'rules/plain.json', '--persons', 'persons.jsonl'], {
      cwd: dir,
    });
    const column = JSON.stringify(plain).indexOf('"fact"') + 1;
    expect(result.stderr).toContain(
      `rules/plain.json:1:${column} /0/conditions/all/0/fact: unknown fact "agee" — did you mean "age"?`,
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
  });

  it('explains its options with --help and refuses an unknown engine', () => {
    expect(runCli(['classify', '--help']).stdout).toContain('--engine <name>');
    const result = runCli(['classify', '--rules', 'x', '--persons', 'y', '--engine', 'fast']);
    expect(result.stderr).toContain('--engine fast: use one of compiled, json-rules-engine');
    expect(result.status).toBe(1);
  });
});
