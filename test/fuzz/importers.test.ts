/**
 * Hostile data files (extends test/io/importers-never-throw.test.ts, which fuzzes random bytes and shapes):
 * real-looking CSV exports, person files, JSON-stat cubes, Jobindsats responses and label mappings whose labels,
 * column names and JSON keys look like code or like prototype keys (`__proto__`, `constructor`). Every importer
 * returns (never throws), every problem is located, the label mapping keeps a `__proto__` label as a label, and
 * nothing is written onto Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsvTable } from '../../src/io/import-csv-table.ts';
import { importData } from '../../src/io/import-data.ts';
import { importJobindsats } from '../../src/io/import-jobindsats.ts';
import { importJsonStat } from '../../src/io/import-json-stat.ts';
import { importPersons } from '../../src/io/import-persons.ts';
import { readLabelMapping } from '../../src/io/read-label-mapping.ts';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import { fuzz, hostileString, PROTOTYPE_KEYS, prototypeIsClean } from './fuzz-settings.ts';

function expectLocated(problems: readonly LocatedError[]): void {
  for (const problem of problems) {
    expect(problem.file).toBe('f');
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** Runs every importer on the text and checks the contract. */
function importEverything(text: string): void {
  const options = { file: 'f' };
  for (const result of [
    importJsonStat(text, options),
    importJobindsats(text, options),
    importCsvTable(text, options),
    importData(text, options),
    importData(text, { ...options, suppressBelow: 3, month: '2015-12', missing: 'impute-default' }),
  ]) {
    expectLocated([...result.errors, ...result.warnings]);
    if (!result.table) expect(result.errors.length).toBeGreaterThan(0);
    for (const row of result.table?.rows ?? [])
      expect(row.value === null || Number.isFinite(row.value)).toBe(true);
  }
  const persons = importPersons(text, { ...options, missing: 'impute-default' });
  expectLocated([...persons.errors, ...persons.warnings]);
  const mapping = readLabelMapping(text, options);
  expectLocated([...mapping.errors, ...mapping.warnings]);
  expect(prototypeIsClean()).toBe(true);
}

/** JSON text of an object whose keys are written as given, `__proto__` included. */
function objectText(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

const label = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  hostileString,
  fc.constantFrom('Kontanthjælp', 'A-dagpenge mv.', 'I alt', 'Lyngby-Taarbæk'),
);
const cellText = fc.oneof(label, fc.constantFrom('2015M12', '2014K4', '12', '1.234,5', '..', '', '30'));
const separator = fc.constantFrom(';', ',', '\t');

/** Cells joined into CSV text, every cell quoted or none. */
const csvLines = (sep: string, rows: readonly (readonly string[])[], quote: boolean): string =>
  rows.map((row) => row.map((cell) => (quote ? `"${cell.replace(/"/g, '""')}"` : cell)).join(sep)).join('\n');

/** A CSV table: a header of labels or fact names, then rows of hostile and plausible cells. */
const looseCsv = fc
  .tuple(
    separator,
    fc.array(fc.oneof(label, fc.constantFrom('Tid', 'Ydelse', 'Antal', 'id', 'month', ...FACT_NAMES)), {
      minLength: 1,
      maxLength: 5,
    }),
    fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
    fc.boolean(),
  )
  .map(([sep, header, rows, quote]) => csvLines(sep, [header, ...rows], quote));

/** A well-formed long CSV export (dimensions with hostile names, Tid, Antal) that gets as far as the mapping. */
const longCsv = fc
  .tuple(
    separator,
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.array(label, { minLength: 3, maxLength: 3 }), fc.nat(999)), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.boolean(),
  )
  .map(([sep, names, rows, quote]) =>
    csvLines(
      sep,
      [
        ['Ydelse', ...names, 'Tid', 'Antal'],
        ...rows.map(([cells, count]) => [
          'Kontanthjælp',
          ...cells.slice(0, names.length),
          '2015M12',
          String(count),
        ]),
      ],
      quote,
    ),
  );

const csvArb = fc.oneof(looseCsv, longCsv);

/** A JSON-stat 2.0 dataset with hostile dimension ids, category keys and labels. */
const jsonStatArb = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.array(fc.oneof(label, fc.constantFrom('2015M12', '2014')), { minLength: 1, maxLength: 3 }),
    fc.array(fc.oneof(fc.integer({ min: -5, max: 900 }), fc.constant(null)), { maxLength: 4 }),
  )
  .map(([ids, categories, values]) => {
    const dimension = (id: string): string =>
      objectText([
        ['label', JSON.stringify(id)],
        [
          'category',
          objectText([
            ['index', objectText(categories.map((c, i) => [c, String(i)]))],
            ['label', objectText(categories.map((c) => [c, JSON.stringify(c)]))],
          ]),
        ],
      ]);
    return objectText([
      ['version', '"2.0"'],
      ['class', '"dataset"'],
      ['id', JSON.stringify([...ids, 'Tid'])],
      ['size', JSON.stringify([...ids.map(() => categories.length), 1])],
      ['role', objectText([['time', '["Tid"]']])],
      [
        'dimension',
        objectText([
          ...ids.map((id) => [id, dimension(id)] as const),
          ['Tid', objectText([['category', objectText([['index', '{"2015M12":0}']])]])],
        ]),
      ],
      ['value', JSON.stringify(values)],
    ]);
  });

/** A Jobindsats response with hostile variable names and labels. */
/** One Jobindsats table: variables with hostile labels, a measure, and rows of the right length. */
const jobindsatsTable = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.array(cellText, { minLength: 3, maxLength: 3 }), fc.nat(999)), { maxLength: 4 }),
    fc.constantFrom('a', 'b', '__proto__'),
  )
  .map(([names, rows, id]) => ({
    TableID: id,
    Variables: [
      { Name: 'period', Label: 'Periode' },
      ...names.map((name, i) => ({ Name: `_v${i}`, Label: name })),
      { Name: 'memba01', Label: 'Fuldtidspersoner' },
    ],
    Data: rows.map(([cells, count]) => ['2015M12', ...cells.slice(0, names.length), String(count)]),
  }));

/** A Jobindsats response of one or two tables (two are merged: a dimension one table lacks is blank). */
const jobindsatsArb = fc
  .array(jobindsatsTable, { minLength: 1, maxLength: 2 })
  .map((tables) => JSON.stringify(tables));

/** A label mapping whose labels (keys) are hostile, mapped to real or hostile ids. */
const mappingArb = fc
  .tuple(
    fc.array(fc.tuple(label, fc.oneof(fc.constantFrom('kontanthjaelp', 'a-dagpenge'), label)), {
      maxLength: 4,
    }),
    fc.array(fc.tuple(label, label), { maxLength: 3 }),
    fc.array(label, { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([ydelser, indicators, ignore, replace]) =>
    objectText([
      ['ydelser', objectText(ydelser.map(([k, v]) => [k, JSON.stringify(v)]))],
      ['indicators', objectText(indicators.map(([k, v]) => [k, JSON.stringify(v)]))],
      ['ignore', JSON.stringify(ignore)],
      ['replaceDefaults', String(replace)],
    ]),
  );

describe('importers on files with code-like and prototype-key labels', () => {
  it('CSV exports and person files', () => {
    // Found a crash: a column named "__proto__" made the row's label the prototype object.
    fc.assert(fc.property(csvArb, importEverything), fuzz(150));
  });

  it('JSON-stat datasets with __proto__ and code-like dimension and category keys', () => {
    fc.assert(fc.property(jsonStatArb, importEverything), fuzz(120));
  });

  it('Jobindsats responses of one or two tables with code-like variable names', () => {
    // Found a crash: two tables, one with a dimension named "constructor" (mergeTables read the prototype's).
    fc.assert(fc.property(jobindsatsArb, importEverything), fuzz(100));
  });

  it('label mappings with __proto__ and code-like labels', () => {
    fc.assert(fc.property(mappingArb, importEverything), fuzz(100));
  });

  it('keeps a "__proto__" label of a mapping as an ordinary label', () => {
    const result = readLabelMapping(
      '{"ydelser": {"__proto__": "kontanthjaelp", "constructor": "a-dagpenge"}}',
      {
        file: 'f',
      },
    );
    expect(result.errors).toEqual([]);
    // Before the fix the "__proto__" label vanished: assigning it set the object's prototype instead.
    expect(Object.entries(result.mapping?.ydelser ?? {})).toEqual(
      expect.arrayContaining([
        ['__proto__', 'kontanthjaelp'],
        ['constructor', 'a-dagpenge'],
      ]),
    );
  });
});
