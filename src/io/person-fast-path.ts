/**
 * The quick way through a chunk of a person file whose rows are all valid, for importPersonsIncremental: no
 * quotes, the header's number of fields on every line, every cell a valid value (or a missing one the policy
 * fills). Cells are read by parseFactCell as importPersons reads them, but each distinct text once per column
 * (a million rows hold few distinct ages, ydelser or booleans), and no field objects are made. Any problem
 * makes it give up (undefined), and the caller reads that chunk with importPersons, whose located errors then
 * say exactly what is wrong — so the two ways agree on every row they both accept.
 */
import { FACT_NAMES, type FactName, type FactValue, type PersonFacts, type State } from '../rules/facts.ts';
import type { Month } from '../time/month.ts';
import type { ImportedPerson } from './import-persons.ts';
import { imputeFacts, type MissingPolicy, REQUIRED_FACTS } from './impute-facts.ts';
import { type FactCell, parseFactCell } from './parse-fact-cell.ts';
import { parsePeriod } from './parse-period.ts';
import type { CsvSeparator } from './read-csv.ts';

/** What a column of a checked header holds. */
export type FastColumn = { kind: 'id' } | { kind: 'month' } | { kind: 'fact'; fact: FactName };

/** Distinct texts remembered per column before the cache stops growing (ids and free numbers vary). */
const CACHE_LIMIT = 5_000;

/** Reads cells of one header's columns, remembering what each text meant. */
export class PersonFastPath {
  private readonly cells: Map<string, FactCell>[];
  private readonly months = new Map<string, Month | undefined>();
  private readonly hasMonth: boolean;

  constructor(
    private readonly columns: readonly FastColumn[],
    private readonly separator: CsvSeparator,
    private readonly policy: MissingPolicy,
  ) {
    this.cells = columns.map(() => new Map());
    this.hasMonth = columns.some((column) => column.kind === 'month');
  }

  /**
   * The persons of `text` (whole records; `firstRow` is the spreadsheet row of its first line), with what was
   * imputed; undefined when a row has any problem.
   */
  read(
    text: string,
    firstRow: number,
  ): { persons: ImportedPerson[]; imputed: Partial<Record<FactName, number>>; cells: number } | undefined {
    if (text.includes('"')) return undefined;
    const lines = text.split(/\r\n|\n|\r/);
    // Text ending with a line end leaves an empty piece that is not a record.
    if (lines.at(-1) === '') lines.pop();
    const persons: ImportedPerson[] = [];
    const imputed: Partial<Record<FactName, number>> = {};
    let cells = 0;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? '';
      if (line === '') continue;
      const fields = line.split(this.separator);
      if (fields.length !== this.columns.length) return undefined;
      const facts: { [fact: string]: FactValue } = {};
      let id: string | undefined;
      let month: Month | undefined;
      for (let c = 0; c < fields.length; c++) {
        const column = this.columns[c];
        const field = fields[c] ?? '';
        if (!column) continue;
        if (column.kind === 'id') {
          id = field.trim();
          if (id === '' && this.hasMonth) return undefined;
        } else if (column.kind === 'month') {
          month = this.month(field);
          if (month === undefined) return undefined;
        } else {
          const cell = this.cell(c, column.fact, field);
          if (cell.kind === 'invalid') return undefined;
          if (cell.kind === 'value') facts[column.fact] = cell.value;
          else if (REQUIRED_FACTS.includes(column.fact) || this.policy === 'reject') return undefined;
        }
      }
      if (facts['ydelse'] === undefined || facts['age'] === undefined) return undefined;
      const completed = imputeFacts(facts as Partial<PersonFacts> & { ydelse: State; age: number });
      for (const fact of completed.imputed) imputed[fact] = (imputed[fact] ?? 0) + 1;
      cells += completed.imputed.length;
      const person: ImportedPerson = { facts: completed.person, row: firstRow + index };
      if (id !== undefined && id !== '') person.id = id;
      if (month !== undefined) person.month = month;
      persons.push(person);
    }
    return { persons, imputed, cells };
  }

  private cell(column: number, fact: FactName, text: string): FactCell {
    const cache = this.cells[column];
    const known = cache?.get(text);
    if (known) return known;
    const cell = parseFactCell(fact, text);
    if (cache && cache.size < CACHE_LIMIT) cache.set(text, cell);
    return cell;
  }

  private month(text: string): Month | undefined {
    if (this.months.has(text)) return this.months.get(text);
    const period = parsePeriod(text);
    const month = period?.kind === 'month' ? period.start : undefined;
    if (this.months.size < CACHE_LIMIT) this.months.set(text, month);
    return month;
  }
}

/** The columns of a header line the fast path can read: every name an id, month or fact, none twice or empty. */
export function fastColumns(header: string, separator: CsvSeparator): FastColumn[] | undefined {
  if (header.includes('"')) return undefined;
  const names = header
    .replace(/(\r\n|\n|\r)$/, '')
    .split(separator)
    .map((name) => name.trim());
  if (new Set(names).size !== names.length) return undefined;
  const columns: FastColumn[] = [];
  for (const name of names) {
    if (name === 'id') columns.push({ kind: 'id' });
    else if (name === 'month') columns.push({ kind: 'month' });
    else if ((FACT_NAMES as readonly string[]).includes(name))
      columns.push({ kind: 'fact', fact: name as FactName });
    else return undefined;
  }
  return columns;
}
