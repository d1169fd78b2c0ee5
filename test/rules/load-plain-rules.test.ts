import { describe, expect, it } from 'vitest';
import { loadPlainRules } from '../../src/rules/load-plain-rules.ts';

const leaf = { fact: 'age', operator: 'lessThan', value: 30 };

describe('loadPlainRules', () => {
  it('loads one rule object and names it after the file when it has no name', () => {
    const { rules, errors } = loadPlainRules(
      JSON.stringify({ conditions: { all: [leaf] }, event: { type: 'young' } }),
      'dir/young.json',
    );
    expect(errors).toEqual([]);
    expect(rules?.map((rule) => [rule.name, rule.event.type, rule.cases.length])).toEqual([
      ['young', 'young', 0],
    ]);
  });

  it('loads an array of rules, keeping given names and numbering the others', () => {
    const text = JSON.stringify([
      { name: 'a', conditions: { any: [leaf] }, event: { type: 'x' }, priority: 5 },
      { conditions: { not: leaf }, event: { type: 'y', params: { n: 1 } } },
    ]);
    const { rules, errors } = loadPlainRules(text, 'set.json');
    expect(errors).toEqual([]);
    expect(rules?.map((rule) => [rule.name, rule.priority])).toEqual([
      ['a', 5],
      ['set-2', undefined],
    ]);
  });

  it('checks facts and operators, and refuses parameters, with pointers into the array', () => {
    const text = JSON.stringify([
      { conditions: { all: [{ fact: 'agee', operator: 'lessThan', value: 30 }] }, event: { type: 'x' } },
      {
        conditions: { all: [{ fact: 'age', operator: 'lessThan', value: { fact: 'param:limit' } }] },
        event: { type: 'x' },
      },
      'not a rule',
    ]);
    const { rules, errors } = loadPlainRules(text, 'set.json');
    expect(rules).toBeUndefined();
    expect(errors.map((error) => [error.pointer, error.message, error.hint])).toEqual([
      ['/0/conditions/all/0/fact', 'unknown fact "agee"', 'did you mean "age"?'],
      [
        '/1/conditions/all/0/value/fact',
        '"param:limit": plain json-rules-engine rules have no parameters',
        'write the number itself, or make a Målbar rule file with meta.parameters',
      ],
      ['/2', 'each rule must be an object { … }', undefined],
    ]);
  });

  it('refuses fact references in event params, which differ per person', () => {
    const text = JSON.stringify({
      conditions: { all: [leaf] },
      event: { type: 'x', params: { age: { fact: 'age' } } },
    });
    expect(loadPlainRules(text, 'x.json').errors.map((error) => error.pointer)).toEqual([
      '/event/params/age',
    ]);
  });
});
