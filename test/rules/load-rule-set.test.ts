import { describe, expect, it } from 'vitest';
import { formatLocatedError } from '../../src/rules/located-error.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import { fileText, onSupportCondition, positionOf, sickRule, youngRule } from './rule-file-fixtures.ts';

type Json = { [key: string]: unknown };

const files = (...entries: [string, unknown][]) =>
  entries.map(([path, value]) => ({ path, text: fileText(value) }));

describe('loadRuleSet', () => {
  it('builds a rule set from rule files and shared conditions, telling them apart by content', () => {
    const { ruleSet, errors } = loadRuleSet(
      files(
        ['rules/reforms/sick-reassessment.json', sickRule()],
        // A shared condition outside rules/conditions/ is still recognised as one.
        ['elsewhere/on-support.json', onSupportCondition()],
        ['rules/indicators/young-on-support.json', youngRule()],
      ),
    );
    expect(errors).toEqual([]);
    expect(ruleSet?.rules.map((rule) => rule.name)).toEqual(['sick-reassessment', 'young-on-support']);
    expect(Object.keys(ruleSet?.conditions ?? {})).toEqual(['on-support']);
    expect(Object.keys(ruleSet?.parameters ?? {}).sort()).toEqual(['notExtendedShare', 'reassessmentWeeks']);
  });

  it('reports a duplicate rule name at the second file, naming the first', () => {
    const { ruleSet, errors } = loadRuleSet(
      files(['a/sick-reassessment.json', sickRule()], ['b/sick-reassessment.json', sickRule()]),
    );
    expect(ruleSet).toBeUndefined();
    expect(errors.map((error) => [error.file, error.pointer, error.message])).toEqual([
      [
        'b/sick-reassessment.json',
        '/name',
        'rule "sick-reassessment" is also defined in a/sick-reassessment.json',
      ],
    ]);
  });

  it('reports a reference to a shared condition that does not exist, with the nearest name', () => {
    const rule = youngRule();
    (rule['conditions'] as { all: Json[] }).all[0] = { condition: 'on-suport' };
    const sources = files(['young-on-support.json', rule], ['on-support.json', onSupportCondition()]);
    const { errors } = loadRuleSet(sources);
    const { line, column } = positionOf(sources[0]?.text ?? '', '"condition": "on-suport"');
    expect(errors.map(formatLocatedError)).toEqual([
      `young-on-support.json:${line}:${column} /conditions/all/0/condition: unknown shared condition "on-suport" — did you mean "on-support"?`,
    ]);
  });

  it('reports shared conditions that refer to each other in a ring', () => {
    const a = { ...onSupportCondition(), name: 'a', conditions: { all: [{ condition: 'b' }] } };
    const b = { ...onSupportCondition(), name: 'b', conditions: { not: { condition: 'a' } } };
    const { errors } = loadRuleSet(files(['a.json', a], ['b.json', b]));
    expect(errors.map((error) => [error.file, error.pointer, error.message])).toEqual([
      ['b.json', '/conditions/not/condition', 'shared conditions refer to each other in a cycle: a → b → a'],
    ]);
  });

  it('requires param: facts in shared conditions to be declared by some rule of the set', () => {
    const condition = {
      ...onSupportCondition(),
      conditions: {
        all: [
          {
            fact: 'sickWeeksLast9Months',
            operator: 'greaterThan',
            value: { fact: 'param:reassessmentWeek' },
          },
        ],
      },
    };
    const { errors } = loadRuleSet(
      files(['sick-reassessment.json', sickRule()], ['on-support.json', condition]),
    );
    expect(errors.map((error) => [error.file, error.pointer, error.hint])).toEqual([
      ['on-support.json', '/conditions/all/0/value/fact', 'did you mean "param:reassessmentWeeks"?'],
    ]);
    const declared = {
      ...condition,
      conditions: {
        all: [
          {
            fact: 'sickWeeksLast9Months',
            operator: 'greaterThan',
            value: { fact: 'param:reassessmentWeeks' },
          },
        ],
      },
    };
    expect(
      loadRuleSet(files(['sick-reassessment.json', sickRule()], ['on-support.json', declared])).errors,
    ).toEqual([]);
  });

  it('reports a parameter declared by two rules with different defaults', () => {
    const other = sickRule();
    other['name'] = 'other';
    const parameters = (other['meta'] as { parameters: { [name: string]: Json } }).parameters;
    (parameters['reassessmentWeeks'] as Json)['value'] = 26;
    const { errors } = loadRuleSet(files(['sick-reassessment.json', sickRule()], ['other.json', other]));
    expect(errors.map((error) => [error.file, error.pointer, error.message])).toEqual([
      [
        'other.json',
        '/meta/parameters/reassessmentWeeks',
        'parameter "reassessmentWeeks" is declared with another default or unit in sick-reassessment.json',
      ],
    ]);
  });

  it('accepts plain json-rules-engine rules only when asked', () => {
    const plain = [
      { conditions: { all: [{ fact: 'age', operator: 'lessThan', value: 30 }] }, event: { type: 'young' } },
    ];
    const repo = loadRuleSet(files(['young.json', plain]));
    expect(repo.ruleSet).toBeUndefined();
    expect(repo.errors.map((error) => error.message)).toEqual([
      'plain json-rules-engine rules (without meta and cases) are accepted by classify and explain only',
    ]);
    const cli = loadRuleSet(files(['young.json', plain]), { allowPlainRules: true });
    expect(cli.errors).toEqual([]);
    expect(cli.ruleSet?.rules.map((rule) => rule.name)).toEqual(['young-1']);
  });

  it('says of a single plain rule where rule files are needed that it is a plain rule, and what it lacks', () => {
    const plain = {
      conditions: { all: [{ fact: 'age', operator: 'lessThan', value: 30 }] },
      event: { type: 'young' },
    };
    const { ruleSet, errors } = loadRuleSet(files(['young.json', plain]));
    expect(ruleSet).toBeUndefined();
    expect(errors[0]).toMatchObject({
      message:
        'plain json-rules-engine rules (without meta and cases) are accepted by classify and explain only',
      hint: 'give the rule "meta" and at least 3 "cases"',
    });
    expect(errors.map((error) => error.message)).toContain('missing property "meta"');
  });

  it('says what a file that is neither a rule nor a condition is', () => {
    const { errors } = loadRuleSet(files(['notes.json', { hello: 'world' }]));
    expect(errors.map((error) => [error.pointer, error.message])).toEqual([
      ['', 'not a rule file: expected an object with "event" (a rule) or "conditions" (a shared condition)'],
    ]);
  });

  it('loads the set despite warnings, and returns the warnings', () => {
    const rule = sickRule();
    const parameters = (rule['meta'] as { parameters: { [name: string]: Json } }).parameters;
    parameters['unused'] = { ...(parameters['reassessmentWeeks'] as Json) };
    const { ruleSet, errors } = loadRuleSet(files(['sick-reassessment.json', rule]));
    expect(ruleSet?.rules).toHaveLength(1);
    expect(errors.map((error) => [error.severity, error.pointer])).toEqual([
      ['warning', '/meta/parameters/unused'],
    ]);
  });

  it('reports JSON syntax errors and goes on with the other files', () => {
    const { ruleSet, errors } = loadRuleSet([
      { path: 'broken.json', text: '{"name": ' },
      ...files(['sick-reassessment.json', sickRule()]),
    ]);
    expect(ruleSet).toBeUndefined();
    expect(errors.map((error) => [error.file, error.line, error.message])).toEqual([
      ['broken.json', 1, 'invalid JSON: value expected'],
    ]);
  });

  it('does not change the texts it was given', () => {
    const sources = files(['sick-reassessment.json', sickRule()]);
    const before = JSON.stringify(sources);
    loadRuleSet(sources);
    expect(JSON.stringify(sources)).toBe(before);
  });
});
