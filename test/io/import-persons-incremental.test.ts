import { describe, expect, it } from 'vitest';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import { INTERNAL_COLUMN_NAMES, type Cohort } from '../../src/cohort/cohort.ts';
import { csvChunk } from '../../src/io/csv-chunks.ts';
import { importData } from '../../src/io/import-data.ts';
import {
  importPersonsIncremental,
  type IncrementalPersonOptions,
  type PersonCohortImport,
  type PersonImportProgress,
} from '../../src/io/import-persons-incremental.ts';
import { fixture, printed } from './fixture-files.ts';
import { personCsvParts, personRow } from '../web/import/million-rows.ts';

/** Runs the generator to its end, collecting the progress steps. */
function runAll(
  input: Uint8Array | string,
  options: IncrementalPersonOptions,
): { result: PersonCohortImport; steps: PersonImportProgress[] } {
  const importer = importPersonsIncremental(input, options);
  const steps: PersonImportProgress[] = [];
  for (;;) {
    const step = importer.next();
    if (step.done) return { result: step.value, steps };
    steps.push(step.value);
  }
}

function columns(cohort: Cohort | undefined): Record<string, number[]> {
  if (!cohort) return {};
  const out: Record<string, number[]> = {};
  for (const name of FACT_NAMES) out[name] = [...cohort.columns[name].subarray(0, cohort.count)];
  for (const name of INTERNAL_COLUMN_NAMES) out[name] = [...cohort.internal[name].subarray(0, cohort.count)];
  return out;
}

describe('csvChunk', () => {
  it('ends chunks after whole records, counting quoted line breaks as lines but not rows', () => {
    const text = 'a;b\n"x\ny";2\r\n3;"q""\n"\n\n5;6';
    const first = csvChunk(text, 0, 2, ';');
    expect(first).toEqual({ start: 0, end: 13, lines: 3, rows: 2 });
    const second = csvChunk(text, first.end, 10, ';');
    // '3;"q""\n"\n' (a quoted line break), a blank line, and a last record without a line end.
    expect(second).toEqual({ start: 13, end: text.length, lines: 3, rows: 3 });
  });
});

describe('importPersonsIncremental', () => {
  // Expected values come from importData on the same file: the incremental import must agree with it.
  for (const chunkRows of [1, 3, 10_000]) {
    it(`gives importData's counts, cohort and warnings for persons.csv in chunks of ${chunkRows}`, () => {
      const options = { file: 'persons.csv', missing: 'impute-default' as const };
      const whole = importData(fixture('persons.csv'), { ...options, format: 'persons' });
      const { result, steps } = runAll(fixture('persons.csv'), { ...options, chunkRows });
      expect(result.errors).toEqual(whole.errors);
      expect(result.table).toEqual(whole.table);
      expect(result.suppressed).toBe(whole.suppressed);
      expect(result.month).toBe(whole.persons?.month);
      expect(result.imputed).toEqual(whole.persons?.imputed);
      expect(columns(result.cohort)).toEqual(columns(whole.persons?.cohort));
      expect(new Set(printed(result.warnings))).toEqual(new Set(printed(whole.warnings)));
      expect(steps.length).toBeGreaterThanOrEqual(1);
      expect(steps.at(-1)?.read).toBe(steps.at(-1)?.total);
    });
  }

  // Chunks of 3 put the duplicate's two rows (6 and 7) in one chunk. Across chunks, a duplicate is found only
  // between rows that are otherwise valid and read after a valid header.
  for (const chunkRows of [2, 3, 10_000]) {
    it(`reports broken-persons.csv's errors at importData's places in chunks of ${chunkRows}`, () => {
      const options = { file: 'broken-persons.csv' };
      const whole = importData(fixture('broken-persons.csv'), { ...options, format: 'persons' });
      const { result } = runAll(fixture('broken-persons.csv'), { ...options, chunkRows });
      expect(printed(result.errors)).toEqual(printed(whole.errors));
      expect(result.cohort).toBeUndefined();
    });
  }

  it('agrees with importData when later chunks take the fast path and one of them has errors', () => {
    // personRow makes valid rows with every fact; two are broken here: an age out of range and a repeated id.
    const rows = Array.from({ length: 30 }, (_, i) => personRow(i));
    rows[23] = (rows[23] ?? '').replace(/;2015-12;\d+;/, ';2015-12;131;');
    rows[11] = (rows[11] ?? '').replace(/^p11;/, 'p2;');
    const text = `${[...personCsvParts(0)].join('')}${rows.join('\n')}\n`;
    const whole = importData(text, { file: 'fast.csv', format: 'persons' });
    const { result } = runAll(text, { file: 'fast.csv', chunkRows: 10 });
    expect(printed(whole.errors)).toHaveLength(2);
    expect(printed(result.errors)).toEqual(printed(whole.errors));
    const clean = `${[...personCsvParts(0)].join('')}${Array.from({ length: 30 }, (_, i) => personRow(i)).join('\n')}\n`;
    const wholeClean = importData(clean, { file: 'fast.csv', format: 'persons' });
    const fast = runAll(clean, { file: 'fast.csv', chunkRows: 7 }).result;
    expect(fast.table).toEqual(wholeClean.table);
    expect(columns(fast.cohort)).toEqual(columns(wholeClean.persons?.cohort));
  });

  it('finds a person twice in a month across chunks, at the later row', () => {
    const text =
      'id;month;ydelse;age\np1;2015-12;kontanthjaelp;30\np2;2015-12;kontanthjaelp;31\np1;2015-12;fleksjob;40\n';
    const { result } = runAll(text, { file: 'dup.csv', missing: 'impute-default', chunkRows: 1 });
    expect(printed(result.errors)).toEqual(['dup.csv:4:1 A4: person "p1" in 2015-12 is also in row 2']);
  });

  it('caps the listed errors and says how many more there are', () => {
    const rows = Array.from({ length: 450 }, (_, i) => `p${i};2015-12;kontanthjaelp;200`);
    const text = ['id;month;ydelse;age', ...rows].join('\n');
    const { result } = runAll(text, { file: 'many.csv', missing: 'impute-default', chunkRows: 100 });
    expect(result.errors).toHaveLength(201);
    expect(result.errors.at(-1)?.message).toContain('250 more');
    expect(result.errors[150]?.line).toBe(152);
  });

  it('stops where the caller stops: progress comes per chunk and nothing is built after a return', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `p${i};2015-12;kontanthjaelp;30`);
    const importer = importPersonsIncremental(['id;month;ydelse;age', ...rows].join('\n'), {
      missing: 'impute-default',
      chunkRows: 10,
    });
    const first = importer.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ rows: 10, errors: 0 });
    expect(importer.return(undefined as never).done).toBe(true);
    expect(importer.next().done).toBe(true);
  });

  it('needs a month for the counts of a file without a month column', () => {
    const text = 'ydelse;age\nkontanthjaelp;30\n';
    const without = runAll(text, { missing: 'impute-default' }).result;
    expect(without.errors.map((error) => error.message)).toEqual([
      'the file has no "month" column, so its counts have no month',
    ]);
    const withMonth = runAll(text, { missing: 'impute-default', month: '2015-12' }).result;
    expect(withMonth.cohort?.count).toBe(1);
    expect(withMonth.table?.rows[0]).toMatchObject({ value: null, status: 'suppressed' });
  });
});
