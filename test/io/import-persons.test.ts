import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInternal, getPerson } from '../../src/cohort/get-person.ts';
import { importPersons } from '../../src/io/import-persons.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import { fixture, printed } from './fixture-files.ts';

describe('importPersons: a person-level CSV with a monthly history', () => {
  const result = importPersons(fixture('persons.csv'), { file: 'persons.csv' });

  it('reads every row as a person-month', () => {
    expect(result.errors).toEqual([]);
    expect(result.persons).toHaveLength(14);
    expect(result.persons?.[0]).toEqual({
      id: 'p01',
      month: '2015-11',
      row: 2,
      facts: {
        age: 34,
        ydelse: 'a-dagpenge',
        previousYdelse: 'a-dagpenge',
        enteredYdelseThisMonth: false,
        monthsInYdelse: 5,
        monthsOnSupport: 5,
        weeksOnSupport: 21,
        monthsUnemployedLast12: 5,
        weeksUnemployedLast52: 21,
        dagpengeMonthsUsed: 5,
        sickWeeksLast9Months: 0,
        education: 'lvu',
        academic: true,
        insured: true,
        visitation: 'ingen',
        offer: 'ingen',
        monthsInOffer: 0,
        integrationProgram: false,
      },
    });
  });

  it('builds the cohort of the latest month and says (without a small count) who is not in it', () => {
    expect(result.month).toBe('2015-12');
    // p01–p05, p07 and p08 have a December row; p06 has only November.
    expect(result.cohort?.count).toBe(7);
    expect(printed(result.warnings)).toEqual([
      'persons.csv:1:1: warning: fewer than 3 person(s) have no row in 2015-12 and are left out of the cohort',
    ]);
    const december = result.persons?.filter((person) => person.month === '2015-12') ?? [];
    december.forEach((person, row) => {
      if (result.cohort) expect(getPerson(result.cohort, row)).toEqual(person.facts);
    });
  });

  it('derives the step’s internal columns from the facts', () => {
    if (!result.cohort) throw new Error('no cohort');
    // Row 3 is p04: jobparat on kontanthjælp, unemployed all 12 months, 2 of 3 offer months done; row 3 → March.
    expect(getInternal(result.cohort, 3)).toEqual({
      birthMonth: 3,
      unemploymentMask: 0b111111111111,
      sickMask: 0,
      monthsSelfSupport: 0,
      offerMonthsLeft: 1,
      partTimeUnemployed: 0,
    });
  });
});

describe('importPersons: the missing-value policy', () => {
  const minimal = 'id;ydelse;age;monthsInYdelse\n1;a-dagpenge;35;4\n2;selvforsoergelse;40;\n';

  it('rejects missing cells and columns by default, saying how to impute instead', () => {
    const { errors, persons } = importPersons(minimal, { file: 'm.csv' });
    expect(persons).toBeUndefined();
    expect(errors.map((error) => [error.line, error.column, error.pointer, error.hint])).toEqual([
      [1, 1, 'A1', 'add the columns, or import with --missing impute-default to fill them with defaults'],
      [3, 23, 'D3', 'add the value, or import with --missing impute-default to use the default'],
    ]);
  });

  it('imputes documented defaults with impute-default and counts every imputed cell', () => {
    const { errors, persons, imputed, warnings } = importPersons(minimal, {
      file: 'm.csv',
      missing: 'impute-default',
    });
    expect(errors).toEqual([]);
    // 15 absent columns × 2 rows, plus the empty monthsInYdelse of row 3.
    expect(imputed.cells).toBe(31);
    expect(imputed.byFact.monthsInYdelse).toBe(1);
    expect(imputed.byFact.education).toBe(2);
    expect(warnings[0]?.message).toMatch(/^31 missing cell\(s\) filled with defaults \(education 2, /);
    expect(persons?.[0]?.facts).toMatchObject({
      monthsInYdelse: 4,
      monthsUnemployedLast12: 4,
      weeksUnemployedLast52: 17,
      dagpengeMonthsUsed: 4,
      insured: true,
      monthsOnSupport: 4,
    });
    expect(persons?.[1]?.facts).toMatchObject({
      monthsInYdelse: DEFAULT_PERSON.monthsInYdelse,
      monthsOnSupport: 0,
      insured: false,
      visitation: 'ingen',
    });
  });

  it('never imputes ydelse or age', () => {
    const { errors } = importPersons('ydelse;age\nkontanthjaelp;\n', {
      missing: 'impute-default',
      file: 'n.csv',
    });
    expect(printed(errors)).toEqual([
      'n.csv:2:15 B2: the value of "age" is missing — ydelse and age must always be given; they cannot be imputed',
    ]);
  });
});

describe('importPersons: cell values', () => {
  it('accepts Danish spellings of categories and booleans', () => {
    const header = FACT_NAMES.join(';');
    const row =
      '30;Kontanthjælp;kontanthjælp;nej;3;3;13;0;0;0;0;Erhvervsfaglig;Nej;ja;aktivitetsparat;ingen;0;falsk';
    const { persons, errors } = importPersons(`${header}\n${row}\n`);
    expect(errors).toEqual([]);
    expect(persons?.[0]?.facts).toMatchObject({
      ydelse: 'kontanthjaelp',
      education: 'erhvervsfaglig',
      academic: false,
      insured: true,
    });
  });
});

describe('importPersons: a broken file gets every located error at once', () => {
  it('reports the header and each bad cell, with suggestions', () => {
    const { errors, persons, cohort } = importPersons(fixture('broken-persons.csv'), {
      file: 'broken-persons.csv',
    });
    expect(persons).toBeUndefined();
    expect(cohort).toBeUndefined();
    expect(printed(errors)).toEqual([
      'broken-persons.csv:1:1 A1: columns "previousYdelse", "enteredYdelseThisMonth", "monthsOnSupport", "weeksOnSupport", "monthsUnemployedLast12", "weeksUnemployedLast52", "dagpengeMonthsUsed", "sickWeeksLast9Months", "education", "academic", "insured", "offer", "monthsInOffer", "integrationProgram" are missing — add the columns, or import with --missing impute-default to fill them with defaults',
      'broken-persons.csv:2:13 C2: "age" must be a whole number from 0 to 130, not "131"',
      'broken-persons.csv:3:16 D3: "uddannelseshjalp" is not a value of "ydelse" — did you mean "uddannelseshjaelp"?',
      'broken-persons.csv:4:35 F4: the value of "monthsInYdelse" is missing — add the value, or import with --missing impute-default to use the default',
      'broken-persons.csv:5:5 B5: "2015-13" is not a month — write periods as 2015M12, 2015K4, 2015Q4, 2015 or "december 2015"',
      'broken-persons.csv:7:1 A7: person "p05" in 2015-12 is also in row 6',
    ]);
  });

  it('suggests the fact meant by an unknown column', () => {
    const { errors } = importPersons('id;ydelse;age;monthsInYdelsen\n1;fleksjob;50;3\n', {
      file: 'u.csv',
      missing: 'impute-default',
    });
    expect(printed(errors)).toEqual([
      'u.csv:1:15 D1: unknown column "monthsInYdelsen" — did you mean "monthsInYdelse"?',
    ]);
  });

  it('ignores an empty column from a trailing separator, and warns about an unnamed column with data', () => {
    const trailing = importPersons('ydelse;age;\nfleksjob;50;\n', { missing: 'impute-default' });
    expect(trailing.errors).toEqual([]);
    // Only the note about imputed cells.
    expect(trailing.warnings).toHaveLength(1);
    const unnamed = importPersons('ydelse;;age\nfleksjob;x;50\n', {
      missing: 'impute-default',
      file: 'v.csv',
    });
    expect(printed(unnamed.warnings.filter((warning) => warning.pointer === 'B1'))).toEqual([
      'v.csv:1:8 B1: warning: the column has no name and is not read',
    ]);
  });

  it('needs an id column when there is a month column', () => {
    const { errors } = importPersons('month;ydelse;age\n2015-12;fleksjob;50\n', {
      missing: 'impute-default',
    });
    expect(errors.map((error) => error.message)).toEqual([
      'a "month" column needs an "id" column (a person has one row per month)',
    ]);
  });
});

describe('docs/data-import.md', () => {
  it('documents every fact column of a person file', () => {
    const docs = readFileSync(new URL('../../docs/data-import.md', import.meta.url), 'utf8');
    // A table row that starts with the fact's name in backticks (prettier pads the cell).
    const documented = (fact: string) => new RegExp(`^\\|\\s*\`${fact}\`\\s*\\|`, 'm').test(docs);
    expect(FACT_NAMES.filter((fact) => !documented(fact))).toEqual([]);
  });
});
