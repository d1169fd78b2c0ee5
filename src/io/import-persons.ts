/**
 * Anonymised person-level cohorts: a CSV with a header row naming fact columns (the vocabulary of facts.ts,
 * spelt exactly), an optional `id` and an optional `month` (then one row per person and month: a monthly
 * history). Every cell is checked against its fact; an unknown column gets a "did you mean" hint; missing cells
 * follow the chosen policy (impute-facts.ts). The cohort holds the persons of the latest month (every row when
 * there is no month column), with the step's internal columns derived from their facts (person-internals.ts).
 */
import { appendPerson } from '../cohort/append-person.ts';
import { type Cohort, createCohort } from '../cohort/cohort.ts';
import { MESSAGES } from '../messages.ts';
import {
  FACT_NAMES,
  type FactName,
  type FactValue,
  isFactName,
  type PersonFacts,
  type State,
} from '../rules/facts.ts';
import { nearestName } from '../rules/nearest-name.ts';
import type { Month } from '../time/month.ts';
import { decodeText } from './decode-text.ts';
import type { CsvImportOptions } from './import-csv-table.ts';
import { FILE_START, ImportLog } from './import-log.ts';
import { imputeFacts, type MissingPolicy, REQUIRED_FACTS } from './impute-facts.ts';
import { IO_MESSAGES } from './io-messages.ts';
import { parseFactCell } from './parse-fact-cell.ts';
import { parsePeriod } from './parse-period.ts';
import { internalFromFacts } from './person-internals.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-small-cells.ts';
import { cellReference, type CsvField, readCsv } from './read-csv.ts';
import type { LocatedError } from '../rules/located-error.ts';

/** The non-fact columns of a person file. */
export const PERSON_ID_COLUMN = 'id';
export const PERSON_MONTH_COLUMN = 'month';

export interface PersonImportOptions extends Omit<CsvImportOptions, 'decimalMark'> {
  /** What to do with a missing cell or column. @default "reject" */
  missing?: MissingPolicy;
}

/** One row of the file: a person in a month. */
export interface ImportedPerson {
  /** The `id` cell, when the file has the column. */
  id?: string;
  /** The `month` cell as "YYYY-MM", when the file has the column. */
  month?: Month;
  facts: PersonFacts;
  /** The spreadsheet row the person came from. */
  row: number;
}

export interface PersonImportResult {
  /** Every row, in file order (absent when there is an error). */
  persons?: ImportedPerson[];
  /** The persons of the latest month (or of every row without a month column), ready to simulate. */
  cohort?: Cohort;
  /** The cohort's month: the latest in the file, when it has a month column. */
  month?: Month;
  /** Cells filled by the `impute-default` policy: how many in all and per fact. */
  imputed: { cells: number; byFact: Partial<Record<FactName, number>> };
  errors: LocatedError[];
  warnings: LocatedError[];
}

type Column = { kind: 'id' } | { kind: 'month' } | { kind: 'fact'; fact: FactName };

const at = (field: CsvField) => ({ line: field.line, column: field.column });

/**
 * Imports a person-level CSV (bytes or text).
 *
 * @example importPersons("id;ydelse;age\n1;kontanthjaelp;25\n", { missing: "impute-default" }).cohort?.count // 1
 */
export function importPersons(
  input: Uint8Array | string,
  options: PersonImportOptions = {},
): PersonImportResult {
  const log = new ImportLog(options);
  const policy = options.missing ?? 'reject';
  const imputed: PersonImportResult['imputed'] = { cells: 0, byFact: {} };
  const done = (): PersonImportResult => ({ imputed, ...log.result() });
  const decoded = decodeText(input, log);
  if (!decoded) return done();
  const { records } = readCsv(decoded.text, log, options.separator);
  const header = records[0];
  if (!header) {
    log.error(FILE_START, '', IO_MESSAGES.noHeaderRow(), IO_MESSAGES.personSchemaHint());
    return done();
  }

  // The header: every column known, none twice, ydelse and age present.
  const columns: (Column | undefined)[] = header.fields.map((field, index) => {
    const name = field.text.trim();
    const reference = cellReference(index, header.row);
    if (name === '') {
      // A trailing separator gives an empty column; one that holds data cannot be read without a name.
      const used = records.slice(1).some((record) => (record.fields[index]?.text.trim() ?? '') !== '');
      if (used) log.warning(at(field), reference, IO_MESSAGES.unnamedColumn());
      return undefined;
    }
    const twice = header.fields.slice(0, index).some((other) => other.text.trim() === name);
    if (twice) {
      log.error(at(field), reference, IO_MESSAGES.duplicateColumn(name));
      return undefined;
    }
    if (name === PERSON_ID_COLUMN) return { kind: 'id' };
    if (name === PERSON_MONTH_COLUMN) return { kind: 'month' };
    if (isFactName(name)) return { kind: 'fact', fact: name };
    const near = nearestName(name, [...FACT_NAMES, PERSON_ID_COLUMN, PERSON_MONTH_COLUMN]);
    log.error(
      at(field),
      reference,
      IO_MESSAGES.unknownColumn(name),
      near ? MESSAGES.didYouMean(near) : IO_MESSAGES.personSchemaHint(),
    );
    return undefined;
  });
  const given = new Set(columns.flatMap((column) => (column?.kind === 'fact' ? [column.fact] : [])));
  const hasId = columns.some((column) => column?.kind === 'id');
  const hasMonth = columns.some((column) => column?.kind === 'month');
  const headerAt = { line: header.line, column: 1 };
  const absent = FACT_NAMES.filter((fact) => !given.has(fact));
  const absentRequired = absent.filter((fact) => REQUIRED_FACTS.includes(fact));
  const headerRef = `A${header.row}`;
  if (absentRequired.length > 0) {
    log.error(
      headerAt,
      headerRef,
      IO_MESSAGES.missingColumns(absentRequired),
      IO_MESSAGES.requiredFactHint(),
    );
  }
  const absentOptional = absent.filter((fact) => !REQUIRED_FACTS.includes(fact));
  if (absentOptional.length > 0 && policy === 'reject') {
    log.error(
      headerAt,
      headerRef,
      IO_MESSAGES.missingColumns(absentOptional),
      IO_MESSAGES.imputeColumnsHint(),
    );
  }
  if (hasMonth && !hasId) log.error(headerAt, headerRef, IO_MESSAGES.monthNeedsId());

  // The rows are checked even when the header has a problem, so that one run lists everything to fix.
  const persons: ImportedPerson[] = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const { fields } = record;
    const extra = fields.slice(columns.length);
    if (fields.length < columns.length || extra.some((field) => field.text.trim() !== '')) {
      log.error(
        { line: record.line, column: 1 },
        `A${record.row}`,
        IO_MESSAGES.csvRowLength(fields.length, columns.length),
      );
      continue;
    }
    const facts: { [fact: string]: FactValue } = {};
    let id: string | undefined;
    let month: Month | undefined;
    let ok = true;
    columns.forEach((column, index) => {
      const field = fields[index];
      if (!column || !field) return;
      const reference = cellReference(index, record.row);
      if (column.kind === 'id') {
        id = field.text.trim();
        if (id === '' && hasMonth) {
          log.error(at(field), reference, IO_MESSAGES.missingId());
          ok = false;
        }
        return;
      }
      if (column.kind === 'month') {
        const period = parsePeriod(field.text);
        if (period?.kind !== 'month') {
          log.error(at(field), reference, IO_MESSAGES.notAMonth(field.text), IO_MESSAGES.periodHint());
          ok = false;
        } else month = period.start;
        return;
      }
      const cell = parseFactCell(column.fact, field.text);
      if (cell.kind === 'value') facts[column.fact] = cell.value;
      else if (cell.kind === 'invalid') {
        log.error(at(field), reference, cell.message, cell.hint);
        ok = false;
      } else if (REQUIRED_FACTS.includes(column.fact) || policy === 'reject') {
        log.error(
          at(field),
          reference,
          IO_MESSAGES.missingCell(column.fact),
          REQUIRED_FACTS.includes(column.fact) ? IO_MESSAGES.requiredFactHint() : IO_MESSAGES.imputeHint(),
        );
        ok = false;
      }
    });
    if (!ok) continue;
    const key = `${id ?? ''}\u0000${month ?? ''}`;
    const first = seen.get(key);
    if (id !== undefined && id !== '' && first !== undefined) {
      log.error(
        { line: record.line, column: 1 },
        `A${record.row}`,
        IO_MESSAGES.duplicatePerson(id, month, first),
      );
      continue;
    }
    seen.set(key, record.row);
    // With an error anywhere nothing is imported; and a row without ydelse or age cannot be completed.
    if (log.hasErrors) continue;
    const completed = imputeFacts(facts as Partial<PersonFacts> & { ydelse: State; age: number });
    for (const fact of completed.imputed) imputed.byFact[fact] = (imputed.byFact[fact] ?? 0) + 1;
    imputed.cells += completed.imputed.length;
    const person: ImportedPerson = { facts: completed.person, row: record.row };
    if (id !== undefined && id !== '') person.id = id;
    if (month !== undefined) person.month = month;
    persons.push(person);
  }
  if (persons.length === 0 && !log.hasErrors) log.error(headerAt, `A${header.row}`, IO_MESSAGES.noDataRows());
  if (log.hasErrors) return done();
  if (imputed.cells > 0) log.warning(FILE_START, '', IO_MESSAGES.imputedCells(imputed.cells, imputed.byFact));
  return { ...buildCohort(persons, log), persons, imputed, ...log.result() };
}

/** The cohort of the latest month (or of every row), and that month. */
function buildCohort(persons: readonly ImportedPerson[], log: ImportLog): { cohort: Cohort; month?: Month } {
  const months = persons.flatMap((person) => (person.month ? [person.month] : []));
  const month =
    months.length > 0 ? months.reduce((latest, each) => (each > latest ? each : latest)) : undefined;
  const members = month === undefined ? persons : persons.filter((person) => person.month === month);
  if (month !== undefined) {
    const present = new Set(members.map((person) => person.id));
    const absent = new Set(persons.filter((person) => !present.has(person.id)).map((person) => person.id));
    if (absent.size > 0)
      log.warning(
        FILE_START,
        '',
        IO_MESSAGES.absentFromLatestMonth(absent.size, DEFAULT_SUPPRESSION_THRESHOLD, month),
      );
  }
  const cohort = createCohort(members.length);
  members.forEach((person, row) => appendPerson(cohort, person.facts, internalFromFacts(person.facts, row)));
  return month === undefined ? { cohort } : { cohort, month };
}
