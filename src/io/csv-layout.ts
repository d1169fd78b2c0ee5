/**
 * How an aggregate spreadsheet export is laid out. Statistikbanken and Jobindsats exports start with title
 * lines, then a header row, then data — in one of two layouts:
 * - wide: the header names periods ("2013M12";"2014M10"…), each row holds one series, and the first columns
 *   name it (Statistikbanken leaves a stub cell empty when it repeats the row above);
 * - long: one column holds the period (called Tid/Periode/…, else the first column of period codes), the value
 *   columns are the numeric columns at the right end (or one called INDHOLD/value/antal), a column called
 *   "status" beside a single value column holds the cells' statuses (so Målbar's own export reads back), and
 *   the rest are dimensions.
 */
import { type DecimalMark, parseNumberCell } from './parse-number-cell.ts';
import { parsePeriod } from './parse-period.ts';
import { columnLetters, type CsvRecord } from './read-csv.ts';
import type { Period } from './long-table.ts';
import { isTimeName } from './time-names.ts';
import { foldLabel } from './fold-label.ts';

export type CsvLayout =
  | {
      kind: 'wide';
      /** Index of the header in the records. */
      header: number;
      /** Every column's name: the header text, else "column A"… */
      names: string[];
      dimensions: number[];
      periods: { column: number; period: Period }[];
      title?: string;
    }
  | {
      kind: 'long';
      header: number;
      names: string[];
      dimensions: number[];
      period: number;
      values: number[];
      /** A "status" column beside a single value column (as Målbar's own export writes), when there is one. */
      status?: number;
      title?: string;
    };

/** Header names of value columns in long exports (Statistikbanken's bulk CSV calls it INDHOLD). */
const VALUE_NAMES = new Set(['indhold', 'value', 'vaerdi', 'antal', 'obs_value']);

const nonEmpty = (record: CsvRecord): number =>
  record.fields.filter((field) => field.text.trim() !== '').length;

/** Column names from the header row: the text, else "column A"; a repeated name gets " (2)", " (3)"… */
function columnNames(header: CsvRecord, width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, index) => {
    const text = header.fields[index]?.text.trim() ?? '';
    const base = text === '' ? `column ${columnLetters(index)}` : text;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function columnCells(records: readonly CsvRecord[], column: number): string[] {
  return records.map((record) => record.fields[column]?.text.trim() ?? '').filter((text) => text !== '');
}

/** A column of numbers (missing markers allowed, at least one number). */
function isNumericColumn(cells: readonly string[], decimalMark: DecimalMark): boolean {
  const parsed = cells.map((cell) => parseNumberCell(cell, decimalMark).kind);
  return parsed.includes('number') && !parsed.includes('invalid');
}

/** The layout of the records, or undefined when there is no header row (a row with two non-empty cells). */
export function findCsvLayout(
  records: readonly CsvRecord[],
  decimalMark: DecimalMark,
): CsvLayout | undefined {
  const header = records.findIndex((record) => nonEmpty(record) >= 2);
  const headerRecord = records[header];
  if (!headerRecord) return undefined;
  const titleRecord = records.slice(0, header).find((record) => nonEmpty(record) > 0);
  const titleText = titleRecord?.fields.find((field) => field.text.trim() !== '')?.text.trim();
  const title = titleText === undefined ? {} : { title: titleText };
  const data = records.slice(header + 1);
  const width = headerRecord.fields.length;
  const names = columnNames(headerRecord, width);
  // A column without a header or any cell (a trailing separator) is not a dimension.
  const columns = Array.from({ length: width }, (_, index) => index).filter(
    (column) =>
      (headerRecord.fields[column]?.text.trim() ?? '') !== '' || columnCells(data, column).length > 0,
  );

  const periods = columns.flatMap((column) => {
    const text = headerRecord.fields[column]?.text ?? '';
    const period = text.trim() === '' ? undefined : parsePeriod(text);
    return period ? [{ column, period }] : [];
  });
  if (periods.length > 0) {
    const periodColumns = new Set(periods.map((entry) => entry.column));
    const dimensions = columns.filter((column) => !periodColumns.has(column));
    return { kind: 'wide', header, names, dimensions, periods, ...title };
  }

  const cells = Array.from({ length: width }, (_, column) => columnCells(data, column));
  const period =
    columns.find((column) => isTimeName(names[column] ?? '')) ??
    columns.find((column) => {
      const values = cells[column] ?? [];
      return values.length > 0 && values.every((value) => parsePeriod(value) !== undefined);
    });
  if (period === undefined)
    return { kind: 'long', header, names, dimensions: columns, period: -1, values: [], ...title };
  let values = columns.filter(
    (column) => column !== period && VALUE_NAMES.has(foldLabel(names[column] ?? '')),
  );
  if (values.length === 0) {
    // The numeric columns at the right end.
    for (const column of [...columns].reverse()) {
      if (column === period || !isNumericColumn(cells[column] ?? [], decimalMark)) break;
      values.unshift(column);
    }
  }
  values = values.filter((column) => column !== period);
  const statusColumn = columns.find((column) => foldLabel(names[column] ?? '') === 'status');
  const status = values.length === 1 && statusColumn !== undefined ? { status: statusColumn } : {};
  const dimensions = columns.filter(
    (column) => column !== period && !values.includes(column) && column !== status.status,
  );
  return { kind: 'long', header, names, dimensions, period, values, ...status, ...title };
}
