/**
 * Aggregate spreadsheet exports (Statistikbanken, Jobindsats) saved as CSV: `;`, `,` or tab separated (sniffed),
 * UTF-8 with or without BOM, UTF-16 or Windows-1252, Danish numbers ("1.234,5") in `;` files and
 * English ones in `,` files, ".." / "-" / empty as missing with a status. Title lines before the header and
 * note lines after the data ("Kilde: …") are skipped; the layout (wide or long) is found by csv-layout.ts.
 */
import type { TextPosition } from '../rules/locate-json-pointer.ts';
import { findCsvLayout } from './csv-layout.ts';
import { decodeText } from './decode-text.ts';
import { FILE_START, ImportLog } from './import-log.ts';
import { IO_MESSAGES } from './io-messages.ts';
import {
  type ImportOptions,
  type ImportResult,
  type LongRow,
  MEASURE_DIMENSION,
  type Period,
} from './long-table.ts';
import { type DecimalMark, parseNumberCell } from './parse-number-cell.ts';
import { parsePeriod } from './parse-period.ts';
import { cellReference, type CsvField, type CsvRecord, type CsvSeparator, readCsv } from './read-csv.ts';

export interface CsvImportOptions extends ImportOptions {
  /** @default sniffed from the first lines */
  separator?: CsvSeparator;
  /** @default "," for `;`- and tab-separated files, "." for `,`-separated ones */
  decimalMark?: DecimalMark;
}

const at = (field: CsvField): TextPosition => ({ line: field.line, column: field.column });

/** A row that is not data: only its first cell has text (a footnote such as "Kilde: Danmarks Statistik"). */
const isNote = (record: CsvRecord): boolean =>
  record.fields.length > 1 && record.fields.slice(1).every((field) => field.text.trim() === '');

/**
 * Imports an aggregate CSV export (bytes or text).
 *
 * @example importCsvTable(bytes, { file: "auk01.csv" }).table?.rows[0]?.value // 1234.5 for "1.234,5"
 */
export function importCsvTable(input: Uint8Array | string, options: CsvImportOptions = {}): ImportResult {
  const log = new ImportLog(options);
  const decoded = decodeText(input, log);
  if (!decoded) return log.result();
  const { records, separator } = readCsv(decoded.text, log, options.separator);
  const decimalMark = options.decimalMark ?? (separator === ',' ? '.' : ',');
  const layout = findCsvLayout(records, decimalMark);
  if (!layout) {
    log.error(FILE_START, '', IO_MESSAGES.noHeaderRow(), IO_MESSAGES.csvShapeHint());
    return log.result();
  }
  const headerRecord = records[layout.header];
  const headerAt: TextPosition = headerRecord ? { line: headerRecord.line, column: 1 } : FILE_START;
  const headerRef = headerRecord ? `A${headerRecord.row}` : '';
  if (layout.kind === 'long' && layout.period < 0) {
    log.error(headerAt, headerRef, IO_MESSAGES.noTimeDimension(), IO_MESSAGES.csvShapeHint());
    return log.result();
  }
  if (layout.kind === 'long' && layout.values.length === 0) {
    log.error(headerAt, headerRef, IO_MESSAGES.noMeasureColumn(), IO_MESSAGES.csvShapeHint());
    return log.result();
  }

  const width = layout.names.length;
  const dimensionNames = layout.dimensions.map((column) => layout.names[column] ?? '');
  // Målbar's own export already has a "measure" column; one value column then needs no new one.
  const measure = !dimensionNames.includes(MEASURE_DIMENSION)
    ? MEASURE_DIMENSION
    : layout.kind === 'long' && layout.values.length > 1
      ? `${MEASURE_DIMENSION} (2)`
      : undefined;
  const rows: LongRow[] = [];
  const above: string[] = [];
  const addCell = (
    field: CsvField,
    record: CsvRecord,
    column: number,
    keys: LongRow['keys'],
    period: Period,
    status = '',
  ) => {
    const parsed = parseNumberCell(field.text, decimalMark);
    if (parsed.kind === 'invalid') {
      log.error(
        at(field),
        cellReference(column, record.row),
        IO_MESSAGES.notANumber(field.text),
        IO_MESSAGES.numberHint(),
      );
    } else if (parsed.kind === 'number') {
      rows.push(
        status === '' ? { keys, period, value: parsed.value } : { keys, period, value: parsed.value, status },
      );
    } else {
      rows.push({ keys, period, value: null, status: status === '' ? parsed.status : status });
    }
  };
  for (const record of records.slice(layout.header + 1)) {
    const { fields } = record;
    if (fields.every((field) => field.text.trim() === '')) continue;
    if (isNote(record)) {
      log.warning({ line: record.line, column: 1 }, `A${record.row}`, IO_MESSAGES.skippedNote());
      continue;
    }
    const extra = fields.slice(width);
    if (fields.length < width || extra.some((field) => field.text.trim() !== '')) {
      log.error(
        { line: record.line, column: 1 },
        `A${record.row}`,
        IO_MESSAGES.csvRowLength(fields.length, width),
      );
      continue;
    }
    // No prototype: a column named "__proto__" or "constructor" stays an ordinary key (fuzz-found).
    const keys: LongRow['keys'] = Object.create(null) as LongRow['keys'];
    for (const column of layout.dimensions) {
      let text = fields[column]?.text.trim() ?? '';
      // Statistikbanken leaves a stub cell empty when it repeats the row above.
      if (layout.kind === 'wide' && text === '') text = above[column] ?? '';
      above[column] = text;
      keys[layout.names[column] ?? ''] = text;
    }
    if (layout.kind === 'wide') {
      for (const { column, period } of layout.periods) {
        const field = fields[column];
        if (field) addCell(field, record, column, keys, period);
      }
      continue;
    }
    const periodField = fields[layout.period];
    const period = periodField ? parsePeriod(periodField.text) : undefined;
    if (!periodField || !period) {
      const position = periodField ? at(periodField) : { line: record.line, column: 1 };
      log.error(
        position,
        cellReference(layout.period, record.row),
        IO_MESSAGES.notAPeriod(periodField?.text ?? ''),
        IO_MESSAGES.periodHint(),
      );
      continue;
    }
    const status = layout.status === undefined ? '' : (fields[layout.status]?.text.trim() ?? '');
    for (const column of layout.values) {
      const field = fields[column];
      const measureKeys = measure === undefined ? keys : { ...keys, [measure]: layout.names[column] ?? '' };
      if (field) addCell(field, record, column, measureKeys, period, status);
    }
  }
  if (rows.length === 0 && !log.hasErrors)
    log.error(headerAt, headerRef, IO_MESSAGES.noDataRows(), IO_MESSAGES.csvShapeHint());
  if (log.hasErrors) return log.result();
  const dimensions = [...dimensionNames];
  if (layout.kind === 'long' && measure !== undefined) dimensions.push(measure);
  const table = { dimensions, rows, ...(layout.title === undefined ? {} : { title: layout.title }) };
  return { table, ...log.result() };
}
