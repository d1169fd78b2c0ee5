/**
 * A person-level cohort read a chunk of rows at a time, for files too large to read in one go (a million rows in
 * the app's import worker): a generator that yields its progress after every chunk — the caller may stop there,
 * which cancels the import — and returns what importData returns for a person file, without keeping an object
 * per row. Each chunk is checked by importPersons itself (the header's text before the chunk's rows), so the
 * rules and messages are exactly those of a small file; lines, rows and cell references are shifted to the
 * file's. After a first chunk with a sound header, a chunk whose rows are all valid takes a quicker path
 * (person-fast-path.ts); any problem sends it back to importPersons. Valid rows go straight into typed-array columns; the counts per month and ydelse are kept as they
 * come. Across chunks, a person twice in a month is found by id among the rows that are otherwise valid (after a
 * header with an error, within a chunk only); the line given then is the row (they differ only after quoted
 * line breaks).
 */
import { createCohort, type Cohort } from '../cohort/cohort.ts';
import type { LocatedError } from '../rules/located-error.ts';
import type { Month } from '../time/month.ts';
import { csvChunk } from './csv-chunks.ts';
import { decodeText } from './decode-text.ts';
import { FILE_START, ImportLog, MAX_REPORTED } from './import-log.ts';
import { importPersons, type PersonImportOptions, type PersonImportResult } from './import-persons.ts';
import { IO_MESSAGES } from './io-messages.ts';
import type { LongRow, LongTable } from './long-table.ts';
import { MAALBAR_DIMENSION } from './map-table.ts';
import { fastColumns, PersonFastPath } from './person-fast-path.ts';
import { latestMonth, monthCohort, writePerson } from './staged-persons.ts';
import { sniffSeparator } from './read-csv.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressSmallCells } from './suppress-small-cells.ts';

export interface IncrementalPersonOptions extends PersonImportOptions {
  /** Rows per chunk (one progress step). @default 10000 */
  chunkRows?: number;
  /** The month of a file without a month column (its counts need one). */
  month?: Month;
  /** Counts below this are suppressed. @default 3 */
  suppressBelow?: number;
}

/** Where an incremental import is, after each chunk. */
export interface PersonImportProgress {
  /** Characters of the text read so far and in all. */
  read: number;
  total: number;
  /** Data rows read so far (valid or not). */
  rows: number;
  /** Errors found so far. */
  errors: number;
}

/** A person file's import, as importData gives it, with the cohort in columns and no per-row objects. */
export interface PersonCohortImport {
  format: 'persons';
  /** The persons of the latest month (or every row without a month column); absent when there is an error. */
  cohort?: Cohort;
  /** The cohort's month: the latest in the file, else the month given. */
  month?: Month;
  /** Data rows in the file. */
  rows: number;
  imputed: PersonImportResult['imputed'];
  /** Persons per month and ydelse, with the "maalbar" column, small counts suppressed. */
  table?: LongTable;
  /** Cells withheld by small-cell discretion. */
  suppressed: number;
  errors: LocatedError[];
  warnings: LocatedError[];
}

const DEFAULT_CHUNK_ROWS = 10_000;

/**
 * @example
 * const importer = importPersonsIncremental(bytes, { file: 'persons.csv' });
 * let step = importer.next();
 * while (!step.done) step = importer.next(); // step.value is a PersonImportProgress until the end
 * step.value.cohort?.count
 */
export function* importPersonsIncremental(
  input: Uint8Array | string,
  options: IncrementalPersonOptions = {},
): Generator<PersonImportProgress, PersonCohortImport, void> {
  const log = new ImportLog(options);
  const imputed: PersonImportResult['imputed'] = { cells: 0, byFact: {} };
  const fail = (rows: number, errors: readonly LocatedError[] = []): PersonCohortImport => {
    const result = log.result();
    return {
      format: 'persons',
      rows,
      imputed,
      suppressed: 0,
      ...result,
      errors: [...errors, ...result.errors],
    };
  };
  const decoded = decodeText(input, log);
  if (!decoded) return fail(0);
  const { text } = decoded;
  const separator = options.separator ?? sniffSeparator(text);
  const chunkRows = Math.max(1, options.chunkRows ?? DEFAULT_CHUNK_ROWS);

  // The header is the first record that is not blank; every chunk is read after its text.
  let header = csvChunk(text, 0, 1, separator);
  let headerRows = header.rows;
  let headerLines = header.lines;
  while (header.end < text.length && text.slice(header.start, header.end).trim() === '') {
    header = csvChunk(text, header.end, 1, separator);
    headerRows += header.rows;
    headerLines += header.lines;
  }
  const prefix = text.slice(0, header.end);
  if (header.end >= text.length) {
    // No rows after the header: importPersons says what is wrong with the header alone.
    const alone = importPersons(prefix, { ...options, separator });
    return fail(0, alone.errors);
  }

  const errors: LocatedError[] = [];
  const warnings: LocatedError[] = [];
  let omitted = 0;
  const staging = createCohort(0);
  const months: (Month | undefined)[] = [];
  const ids: (string | undefined)[] = [];
  // Rows by month and id, to find a person twice in a month.
  const seen = new Map<string, Map<string, number>>();
  // Persons per month and ydelse, as tabulatePersons counts them.
  const counts = new Map<string, { month: Month; ydelse: string; count: number }>();
  let hasMonth = false;
  let rows = 0;
  // The file's line and row of the current chunk's first record.
  let line = headerLines + 1;
  let row = headerRows + 1;
  let first = true;
  let fast: PersonFastPath | undefined;
  for (let start = header.end; start < text.length;) {
    const chunk = csvChunk(text, start, chunkRows, separator);
    const slice = text.slice(chunk.start, chunk.end);
    // Rows are numbered as importPersons numbers them after the header, then shifted like its messages.
    const quick = fast?.read(slice, headerRows + 1);
    const result: Pick<PersonImportResult, 'persons' | 'errors' | 'warnings' | 'imputed'> = quick
      ? {
          persons: quick.persons,
          errors: [],
          warnings: [],
          imputed: { cells: quick.cells, byFact: quick.imputed },
        }
      : importPersons(prefix + slice, { ...options, separator });
    const lineShift = line - (headerLines + 1);
    const rowShift = row - (headerRows + 1);
    const keep = (list: readonly LocatedError[], into: LocatedError[]): void => {
      for (const problem of list) {
        // Whole-file notes (imputed cells, the latest month, "n more") are made once, for the whole file.
        if (problem.pointer === '' && problem.line === 1 && problem.column === 1) {
          const more = /(\d+)/.exec(problem.message);
          if (more && problem.message === IO_MESSAGES.moreProblems(Number(more[1]))[log.lang])
            omitted += Number(more[1]);
          continue;
        }
        if (!first && problem.line <= headerLines) continue;
        if (into.length >= MAX_REPORTED) {
          if (into === errors) omitted++;
          continue;
        }
        into.push({
          ...problem,
          // "… is also in row 6" names a row of the chunk too.
          message: problem.message.replace(
            /(also in row|også i række) (\d+)$/,
            (_all, words: string, earlier: string) => `${words} ${Number(earlier) + rowShift}`,
          ),
          line: problem.line + lineShift,
          pointer: shiftReference(problem.pointer, rowShift),
        });
      }
    };
    keep(result.errors, errors);
    keep(result.warnings, warnings);
    if (first && !result.errors.some((problem) => problem.line <= headerLines)) {
      // A header without problems: later chunks may take the fast path.
      const columns = fastColumns(text.slice(header.start, header.end), separator);
      if (columns) fast = new PersonFastPath(columns, separator, options.missing ?? 'reject');
    }
    for (const person of result.persons ?? []) {
      const fileRow = person.row + rowShift;
      if (person.id !== undefined) {
        const monthKey = person.month ?? '';
        let ofMonth = seen.get(monthKey);
        if (!ofMonth) {
          ofMonth = new Map();
          seen.set(monthKey, ofMonth);
        }
        const earlier = ofMonth.get(person.id);
        if (earlier !== undefined) {
          const message = IO_MESSAGES.duplicatePerson(person.id, person.month, earlier);
          if (errors.length < MAX_REPORTED)
            errors.push(log.locate('error', { line: fileRow, column: 1 }, `A${fileRow}`, message));
          else omitted++;
          continue;
        }
        ofMonth.set(person.id, fileRow);
      }
      if (errors.length > 0) continue;
      writePerson(staging, person.facts);
      const month = person.month ?? options.month;
      if (month !== undefined) {
        const key = `${month}\u0000${person.facts.ydelse}`;
        const entry = counts.get(key);
        if (entry) entry.count++;
        else counts.set(key, { month, ydelse: String(person.facts.ydelse), count: 1 });
      }
      months.push(person.month);
      ids.push(person.id);
      if (person.month !== undefined) hasMonth = true;
    }
    for (const [fact, count] of Object.entries(result.imputed.byFact)) {
      const name = fact as keyof typeof imputed.byFact;
      imputed.byFact[name] = (imputed.byFact[name] ?? 0) + (count ?? 0);
    }
    imputed.cells += result.imputed.cells;
    rows += chunk.rows;
    line += chunk.lines;
    row += chunk.rows;
    start = chunk.end;
    first = false;
    yield { read: start, total: text.length, rows, errors: errors.length + omitted };
  }

  const done = (): PersonCohortImport => {
    const notes = log.result();
    const all = [...errors, ...notes.errors];
    if (omitted > 0) all.push(log.locate('error', FILE_START, '', IO_MESSAGES.moreProblems(omitted)));
    return {
      format: 'persons',
      rows,
      imputed,
      suppressed: 0,
      errors: all,
      warnings: [...notes.warnings, ...warnings],
    };
  };
  if (errors.length > 0 || omitted > 0) return done();
  if (staging.count === 0) {
    log.error({ line: headerLines, column: 1 }, `A${headerRows}`, IO_MESSAGES.noDataRows());
    return done();
  }
  if (imputed.cells > 0) log.warning(FILE_START, '', IO_MESSAGES.imputedCells(imputed.cells, imputed.byFact));
  const latest = hasMonth ? latestMonth(months) : undefined;
  const cohort = latest === undefined ? staging : monthCohort(staging, months, latest);
  if (latest !== undefined) {
    const present = new Set(ids.filter((_, index) => months[index] === latest));
    const absent = new Set(ids.filter((id) => !present.has(id)));
    if (absent.size > 0)
      log.warning(
        FILE_START,
        '',
        IO_MESSAGES.absentFromLatestMonth(absent.size, DEFAULT_SUPPRESSION_THRESHOLD, latest),
      );
  }
  const month = latest ?? options.month;
  if (!hasMonth && options.month === undefined) {
    log.error(FILE_START, '', IO_MESSAGES.countsNeedMonth(), IO_MESSAGES.countsNeedMonthHint());
    return done();
  }
  // By month, then by ydelse in text order, as tabulatePersons sorts them.
  const sorted = [...counts.values()].sort((a, b) =>
    a.month !== b.month
      ? a.month < b.month
        ? -1
        : 1
      : a.ydelse < b.ydelse
        ? -1
        : a.ydelse > b.ydelse
          ? 1
          : 0,
  );
  const withTargets: LongTable = {
    dimensions: ['ydelse', MAALBAR_DIMENSION],
    rows: sorted.map((count): LongRow => ({
      keys: { ydelse: count.ydelse, [MAALBAR_DIMENSION]: `ydelse:${count.ydelse}` },
      period: { kind: 'month', start: count.month },
      value: count.count,
    })),
  };
  const { table, suppressed } = suppressSmallCells(
    withTargets,
    options.suppressBelow ?? DEFAULT_SUPPRESSION_THRESHOLD,
  );
  const notes = log.result();
  return {
    format: 'persons',
    cohort,
    ...(month === undefined ? {} : { month }),
    rows,
    imputed,
    table,
    suppressed,
    errors: notes.errors,
    warnings: [...notes.warnings, ...warnings],
  };
}

/** "C12" shifted by 100 rows is "C112"; other pointers are kept. */
function shiftReference(pointer: string, rows: number): string {
  const match = /^([A-Z]+)(\d+)$/.exec(pointer);
  return match ? `${match[1] ?? ''}${Number(match[2]) + rows}` : pointer;
}
