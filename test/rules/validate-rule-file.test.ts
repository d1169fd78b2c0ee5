import { describe, expect, it } from 'vitest';
import { formatLocatedError } from '../../src/rules/located-error.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import { validateConditionFile, validateRuleFile } from '../../src/rules/validate-rule-file.ts';
import { fileText, onSupportCondition, positionOf, sickRule } from './rule-file-fixtures.ts';

const FILE = 'rules/reforms/sick-reassessment.json';

type Json = { [key: string]: unknown };

/** The fixture rule with one change made by `edit`, validated as FILE; returns the text too. */
function validateEdited(edit: (rule: Json) => void, file = FILE): { text: string; errors: LocatedError[] } {
  const rule = sickRule();
  edit(rule);
  const text = fileText(rule);
  return { text, errors: validateRuleFile(text, file).errors };
}

/** The errors without the warnings (replacing the leaf that uses a parameter leaves it unused). */
const errorsOnly = (errors: LocatedError[]): LocatedError[] =>
  errors.filter((error) => error.severity === 'error');
const leaves = (rule: Json): Json[] => (rule['conditions'] as { all: Json[] }).all;
const meta = (rule: Json): Json => rule['meta'] as Json;
const cases = (rule: Json): Json[] => rule['cases'] as Json[];

describe('validateRuleFile', () => {
  it('returns the rule and no errors for a valid file', () => {
    const { rule, errors } = validateRuleFile(fileText(sickRule()), FILE);
    expect(errors).toEqual([]);
    expect(rule?.name).toBe('sick-reassessment');
  });

  it('names the nearest fact for an unknown one, at the line and column of the fact', () => {
    const { text, errors } = validateEdited((rule) => {
      leaves(rule)[0] = { fact: 'monthsInYdelsen', operator: 'greaterThan', value: 3 };
    });
    // Where: the "fact" key of the first leaf, found in the text the test wrote.
    const { line, column } = positionOf(text, '"fact": "monthsInYdelsen"');
    expect(errors.map(formatLocatedError)).toEqual([
      `${FILE}:${line}:${column} /conditions/all/0/fact: unknown fact "monthsInYdelsen" — did you mean "monthsInYdelse"?`,
    ]);
  });

  it('locates a trailing comma and says to remove it', () => {
    const text = '{\n  "name": "x",\n  "conditions": {"all": [1,]}\n}\n';
    const { rule, errors } = validateRuleFile(text, FILE);
    expect(rule).toBeUndefined();
    expect(errors).toHaveLength(1);
    // The error is at the "]" after the comma: line 3, column 28 (2 spaces, 13 for "conditions":, then
    // ' {"all": [1,' is 12 more).
    expect(errors[0]).toMatchObject({ line: 3, column: 28, pointer: '', severity: 'error' });
    expect(errors[0]?.hint).toContain('remove the comma');
  });

  it('rejects comments, which JSON does not allow', () => {
    const { errors } = validateRuleFile('// a comment\n' + fileText(sickRule()), FILE);
    expect(errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(errors[0]?.hint).toContain('comment');
  });

  it('rejects a key given twice in one object', () => {
    const text = fileText(sickRule()).replace(
      '"name": "sick-reassessment",',
      '"name": "a",\n  "name": "sick-reassessment",',
    );
    const { errors } = validateRuleFile(text, FILE);
    expect(errors.map((error) => error.message)).toEqual(['property "name" appears twice in one object']);
    expect(errors[0]?.line).toBe(3);
  });

  it('says an empty file is empty', () => {
    expect(validateRuleFile('  \n', FILE).errors.map((error) => error.message)).toEqual([
      'the file is empty',
    ]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(validateRuleFile('\uFEFF' + fileText(sickRule()), FILE).errors).toEqual([]);
  });

  it('suggests the nearest operator, and maps operators of other languages', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[0] = { fact: 'age', operator: 'greaterThanInclusiv', value: 3 };
      leaves(rule)[1] = { fact: 'age', operator: '>=', value: 3 };
    });
    expect(errorsOnly(errors).map((error) => [error.pointer, error.message, error.hint])).toEqual([
      [
        '/conditions/all/0/operator',
        'unknown operator "greaterThanInclusiv"',
        'did you mean "greaterThanInclusive"?',
      ],
      ['/conditions/all/1/operator', 'unknown operator ">="', 'did you mean "greaterThanInclusive"?'],
    ]);
  });

  it('checks category values compared with equal and in, suggesting the nearest value', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[0] = { fact: 'ydelse', operator: 'equal', value: 'sygedagpenger' };
      leaves(rule)[1] = { fact: 'education', operator: 'in', value: ['kvu', 'lvuu'] };
    });
    expect(errorsOnly(errors).map((error) => [error.pointer, error.message, error.hint])).toEqual([
      [
        '/conditions/all/0/value',
        '"sygedagpenger" is not a value of "ydelse"',
        'did you mean "sygedagpenge"?',
      ],
      ['/conditions/all/1/value/1', '"lvuu" is not a value of "education"', 'did you mean "lvu"?'],
    ]);
  });

  it('requires a list for in, a number for number operators, and true/false for booleans', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[0] = { fact: 'ydelse', operator: 'in', value: 'sygedagpenge' };
      leaves(rule)[1] = {
        all: [
          { fact: 'age', operator: 'lessThan', value: '30' },
          { fact: 'insured', operator: 'equal', value: 'true' },
          { fact: 'ydelse', operator: 'greaterThan', value: 3 },
        ],
      };
    });
    expect(errorsOnly(errors).map((error) => [error.pointer, error.message])).toEqual([
      ['/conditions/all/0/value', 'in needs a list [ … ] as its value'],
      ['/conditions/all/1/all/0/value', 'the value for "age" must be a number (without quotes)'],
      ['/conditions/all/1/all/1/value', 'the value for "insured" must be true or false (without quotes)'],
      [
        '/conditions/all/1/all/2/operator',
        'greaterThan compares numbers, but "ydelse" is a category; it is always false',
      ],
    ]);
  });

  it('refuses path, list operators on single-valued facts, and comparing facts of different kinds', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[0] = { fact: 'age', operator: 'equal', value: 3, path: '$.x' };
      leaves(rule)[1] = {
        any: [
          { fact: 'ydelse', operator: 'contains', value: 'a' },
          { fact: 'ydelse', operator: 'equal', value: { fact: 'age' } },
          { fact: 'ydelse', operator: 'notEqual', value: { fact: 'previousYdelse' } },
        ],
      };
    });
    expect(errorsOnly(errors).map((error) => [error.pointer, error.message])).toEqual([
      ['/conditions/all/0/path', '"path" is not supported: facts are single values'],
      [
        '/conditions/all/1/any/0/operator',
        'contains needs a list-valued fact, but facts are single values; it is always false',
      ],
      [
        '/conditions/all/1/any/1/value/fact',
        '"ydelse" and "age" have different types and cannot be compared',
      ],
    ]);
  });

  it('requires param: references to be declared and warns about declared parameters no one uses', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[1] = {
        fact: 'sickWeeksLast9Months',
        operator: 'greaterThan',
        value: { fact: 'param:reassesmentWeeks' },
      };
    });
    expect(errors.map((error) => [error.severity, error.pointer, error.message, error.hint])).toEqual([
      [
        'error',
        '/conditions/all/1/value/fact',
        'parameter "reassesmentWeeks" is not declared',
        'did you mean "param:reassessmentWeeks"?',
      ],
      [
        'warning',
        '/meta/parameters/reassessmentWeeks',
        'parameter "reassessmentWeeks" is not used by the rule',
        undefined,
      ],
    ]);
  });

  it('lets event params name parameters only', () => {
    const { errors } = validateEdited((rule) => {
      (rule['event'] as { params: Json }).params['probability'] = { fact: 'age' };
    });
    expect(
      errors.filter((error) => error.severity === 'error').map((error) => [error.pointer, error.message]),
    ).toEqual([
      ['/event/params/probability/fact', 'event params may name parameters ("param:…") only, not "age"'],
    ]);
  });

  it('requires the name to equal the file name', () => {
    const { errors } = validateEdited(() => undefined, 'rules/reforms/other.json');
    expect(errors.map((error) => [error.pointer, error.message])).toEqual([
      ['/name', 'name "sick-reassessment" must equal the file name "other"'],
    ]);
  });

  it('requires at least 3 cases', () => {
    const { errors } = validateEdited((rule) => {
      cases(rule).pop();
    });
    expect(errors.map((error) => [error.pointer, error.message])).toEqual([
      ['/cases', 'the rule has 2 cases; at least 3 are required'],
    ]);
  });

  it('checks that case facts are known and fit the fact, and that case parameters are declared', () => {
    const { errors } = validateEdited((rule) => {
      cases(rule)[0] = {
        name: 'broken',
        facts: { age: -1, ydelsen: 'sygedagpenge', insured: 'yes' },
        parameters: { reassessmentWeek: 20 },
        expect: { fires: true },
      };
    });
    expect(errors.map((error) => [error.pointer, error.message, error.hint])).toEqual([
      ['/cases/0/facts/age', '"age" must be a whole number from 0 to 130, not -1', undefined],
      ['/cases/0/facts/ydelsen', 'unknown fact "ydelsen"', 'did you mean "ydelse"?'],
      ['/cases/0/facts/insured', '"insured" must be true or false, not "yes"', undefined],
      [
        '/cases/0/parameters/reassessmentWeek',
        'the case sets an unknown parameter "reassessmentWeek"',
        'did you mean "reassessmentWeeks"?',
      ],
    ]);
  });

  it('reports only the intended branch of a union: an unknown event type with a suggestion', () => {
    const { errors } = validateEdited((rule) => {
      (rule['event'] as Json)['type'] = 'transitoin';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ pointer: '/event/type', hint: 'did you mean "transition"?' });
  });

  it('reports a misspelt condition key as an unknown property of a leaf, with the missing one', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[0] = { fact: 'age', operater: 'equal', value: 3 };
    });
    expect(errors.map((error) => [error.pointer, error.message, error.hint])).toEqual([
      ['/conditions/all/0', 'missing property "operator"', undefined],
      ['/conditions/all/0/operater', 'unknown property "operater"', 'did you mean "operator"?'],
    ]);
  });

  it('says what a condition must look like when it fits no shape', () => {
    const { errors } = validateEdited((rule) => {
      leaves(rule)[1] = { al: [] };
    });
    expect(errorsOnly(errors).map((error) => [error.pointer, error.message, error.hint])).toEqual([
      [
        '/conditions/all/1',
        'a condition needs "all", "any", "not", "condition", or "fact" + "operator" + "value"',
        'did you mean "all"?',
      ],
    ]);
  });

  it('requires the top condition to be all, any, not or a reference, as json-rules-engine does', () => {
    const { errors } = validateEdited((rule) => {
      rule['conditions'] = { fact: 'age', operator: 'lessThan', value: 30 };
    });
    expect(errorsOnly(errors).map((error) => [error.pointer, error.message])).toEqual([
      [
        '/conditions',
        'the top condition must be "all", "any", "not" or "condition" (json-rules-engine requires it)',
      ],
    ]);
  });

  it('reports missing and unknown properties, bad months and an end before the start', () => {
    const { errors: schemaErrors } = validateEdited((rule) => {
      delete rule['cases'];
      meta(rule)['descripton'] = meta(rule)['description'];
      delete meta(rule)['description'];
      meta(rule)['effectiveFrom'] = '2014-7';
    });
    expect(schemaErrors.map((error) => [error.pointer, error.message, error.hint])).toEqual([
      ['', 'missing property "cases"', undefined],
      ['/meta', 'missing property "description"', undefined],
      ['/meta/effectiveFrom', '"2014-7" is not a month; write YYYY-MM, e.g. "2015-12"', undefined],
      ['/meta/descripton', 'unknown property "descripton"', 'did you mean "description"?'],
    ]);
    const { errors } = validateEdited((rule) => {
      meta(rule)['effectiveTo'] = '2014-06';
    });
    expect(errors.map((error) => error.message)).toEqual([
      'effectiveTo "2014-06" is before effectiveFrom "2014-07"',
    ]);
  });

  it('still checks facts in the conditions when another part of the file fails the schema', () => {
    const { errors } = validateEdited((rule) => {
      meta(rule)['effectiveFrom'] = 'soon';
      leaves(rule)[0] = { fact: 'agee', operator: 'equal', value: 3 };
    });
    expect(errors.map((error) => error.pointer).sort()).toEqual([
      '/conditions/all/0/fact',
      '/meta/effectiveFrom',
    ]);
  });

  it('speaks Danish when asked', () => {
    const rule = sickRule();
    (rule['conditions'] as { all: Json[] }).all[0] = { fact: 'monthsInYdelsen', operator: 'equal', value: 1 };
    const { errors } = validateRuleFile(fileText(rule), FILE, { lang: 'da' });
    expect([errors[0]?.message, errors[0]?.hint]).toEqual([
      'ukendt fakta "monthsInYdelsen"',
      'mente du "monthsInYdelse"?',
    ]);
  });
});

describe('validateConditionFile', () => {
  it('accepts a valid shared condition', () => {
    const { condition, errors } = validateConditionFile(
      fileText(onSupportCondition()),
      'rules/conditions/on-support.json',
    );
    expect(errors).toEqual([]);
    expect(condition?.name).toBe('on-support');
  });

  it('checks facts and the name like a rule file', () => {
    const condition = onSupportCondition();
    (condition['conditions'] as { any: Json[] }).any[1] = {
      fact: 'ydelse',
      operator: 'equal',
      value: 'a-dagpenger',
    };
    const { condition: loaded, errors } = validateConditionFile(
      fileText(condition),
      'rules/conditions/other.json',
    );
    expect(loaded).toBeUndefined();
    expect(errors.map((error) => [error.pointer, error.hint])).toEqual([
      ['/name', 'rename the rule to "other" or the file to match the name'],
      ['/conditions/any/1/value', 'did you mean "a-dagpenge"?'],
    ]);
  });
});
