/**
 * Property tests: no input crashes an importer. Whatever the bytes, text or JSON, every importer returns a
 * result; when it has no table (or no persons) it has at least one error, and every error and warning is
 * located (file, line ≥ 1, column ≥ 1, a message). A table it does return holds only months and finite numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsvTable } from '../../src/io/import-csv-table.ts';
import { importData } from '../../src/io/import-data.ts';
import { importJobindsats } from '../../src/io/import-jobindsats.ts';
import { importJsonStat } from '../../src/io/import-json-stat.ts';
import { importPersons } from '../../src/io/import-persons.ts';
import type { LongTable } from '../../src/io/long-table.ts';
import { readLabelMapping } from '../../src/io/read-label-mapping.ts';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import { isMonth } from '../../src/time/month.ts';

type Input = Uint8Array | string;

function checkLocated(problems: readonly LocatedError[]): void {
  for (const problem of problems) {
    expect(problem.file).toBe('f');
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

function checkTable(table: LongTable | undefined): void {
  for (const row of table?.rows ?? []) {
    expect(isMonth(row.period.start)).toBe(true);
    expect(row.value === null || Number.isFinite(row.value)).toBe(true);
  }
}

/** Runs every importer on the input and checks the contract. */
function importEverything(input: Input): void {
  const options = { file: 'f' };
  for (const result of [
    importJsonStat(input, options),
    importJobindsats(input, options),
    importCsvTable(input, options),
    importData(input, options),
    importData(input, { ...options, suppressBelow: 3, month: '2015-12', missing: 'impute-default' }),
  ]) {
    checkLocated([...result.errors, ...result.warnings]);
    checkTable(result.table);
    if (!result.table) expect(result.errors.length).toBeGreaterThan(0);
  }
  for (const missing of ['reject', 'impute-default'] as const) {
    const persons = importPersons(input, { ...options, missing });
    checkLocated([...persons.errors, ...persons.warnings]);
    if (!persons.persons) expect(persons.errors.length).toBeGreaterThan(0);
    else expect(persons.cohort?.count).toBeLessThanOrEqual(persons.persons.length);
  }
  const mapping = readLabelMapping(input, options);
  checkLocated([...mapping.errors, ...mapping.warnings]);
  if (!mapping.mapping) expect(mapping.errors.length).toBeGreaterThan(0);
}

const property = (arbitrary: fc.Arbitrary<Input>, numRuns = 200) =>
  fc.assert(
    fc.property(arbitrary, (input) => {
      importEverything(input);
    }),
    { numRuns },
  );

/** Pieces that real files are made of, so random files get past the first check more often. */
const CSV_TOKENS = [
  ';',
  ',',
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '',
  '2015M12',
  '2015K4',
  '2014',
  'dec. 2015',
  '1.234,5',
  '12',
  '0',
  '..',
  '-',
  'x',
  'Tid',
  'Periode',
  'INDHOLD',
  'Kontanthjælp',
  'A-dagpenge mv.',
  'id',
  'month',
  '2015-12',
  'true',
  'ja',
  'kontanthjaelp',
  'a-dagpenge',
  'ingen',
  'lvu',
  '131',
  'NA',
  'Kilde:',
  ...FACT_NAMES,
];
const csvText = fc.array(fc.constantFrom(...CSV_TOKENS), { maxLength: 120 }).map((tokens) => tokens.join(''));

const json = fc.jsonValue({ maxDepth: 4 });
const anyJson = fc.oneof(json, fc.constantFrom(null, 'x', 1, [] as unknown[], {}));
const categoryIndex = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom('2015M12', '2015K4', '2014', 'a', 'b'), fc.string()), { maxLength: 4 }),
  fc.dictionary(
    fc.constantFrom('2015M12', '2014', 'a', 'b', '0'),
    fc.oneof(fc.integer({ min: -1, max: 4 }), anyJson),
  ),
  anyJson,
);
const dimension = fc.record(
  {
    label: anyJson,
    category: fc.oneof(fc.record({ index: categoryIndex, label: anyJson }, { requiredKeys: [] }), anyJson),
  },
  { requiredKeys: [] },
);
const cube = fc.record(
  {
    version: fc.constantFrom('2.0', '1.0'),
    class: fc.constantFrom('dataset', 'collection', 'bundle', 'dimension', 'x'),
    id: fc.oneof(fc.array(fc.constantFrom('tid', 'Tid', 'ydelse', 'x'), { maxLength: 3 }), anyJson),
    size: fc.oneof(fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 3 }), anyJson),
    role: fc.oneof(fc.record({ time: fc.array(fc.constantFrom('tid', 'x'), { maxLength: 2 }) }), anyJson),
    dimension: fc.oneof(
      fc.dictionary(fc.constantFrom('tid', 'Tid', 'ydelse', 'x', 'id', 'size'), dimension),
      anyJson,
    ),
    value: fc.oneof(
      fc.array(fc.oneof(fc.integer(), fc.constant(null), anyJson), { maxLength: 20 }),
      fc.dictionary(fc.string(), anyJson),
      anyJson,
    ),
    status: fc.oneof(
      fc.string(),
      fc.array(fc.oneof(fc.string(), fc.constant(null), anyJson), { maxLength: 20 }),
      fc.dictionary(fc.string(), anyJson),
    ),
    link: anyJson,
  },
  { requiredKeys: [] },
);
const jsonStat = fc.oneof(
  cube,
  cube.map((dataset) => ({ dataset })),
  fc.array(cube, { maxLength: 2 }).map((items) => ({ class: 'collection', link: { item: items } })),
);
const variable = fc.oneof(
  fc.record(
    {
      Name: fc.constantFrom('area', 'period', '_ygrp', 'memba01', 'x'),
      Label: fc.oneof(fc.string(), anyJson),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom('Periode', 'Område', 'Antal'),
  anyJson,
);
const cell = fc.oneof(
  fc.constantFrom('2015M12', '1.024', '2,9', '..', '', 'Lyngby-Taarbæk'),
  fc.integer(),
  fc.double(),
  anyJson,
);
const jobindsats = fc.array(
  fc.record(
    {
      Variables: fc.oneof(fc.array(variable, { maxLength: 5 }), anyJson),
      Data: fc.oneof(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), anyJson),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 2 },
);

describe('no input crashes an importer, and every failure is a located error', () => {
  it('arbitrary text', () => property(fc.string({ unit: 'binary', maxLength: 300 })));

  it('arbitrary bytes', () => property(fc.uint8Array({ maxLength: 300 })));

  it('text made of CSV pieces (separators, quotes, periods, Danish numbers, fact names)', () =>
    property(csvText, 400));

  it('arbitrary JSON', () => property(json.map((value) => JSON.stringify(value))));

  it('JSON shaped like JSON-stat', () =>
    property(
      jsonStat.map((value) => JSON.stringify(value)),
      400,
    ));

  it('JSON shaped like a Jobindsats response', () =>
    property(
      jobindsats.map((value) => JSON.stringify(value)),
      400,
    ));

  it('JSON-like text cut off at any point', () =>
    property(
      fc.tuple(jsonStat, fc.nat()).map(([value, cut]) => {
        const text = JSON.stringify(value, null, 1);
        return text.slice(0, cut % (text.length + 1));
      }),
    ));
});
