/**
 * Jobindsats API v2 responses: `[{"Variables": [{"Name": "area", "Label": "Område"}, {"Name": "period", …},
 * {"Name": "_ygrp_y30r21", "Label": "Ydelsesgrupper"}, {"Name": "memba02_1", "Label": "Fuldtidspersoner"}],
 * "Data": [["Lyngby-Taarbæk", "2015M12", "A-dagpenge mv.", "1.234"], …]}]`. Each data row is one area ×
 * period × categories, with one column per measurement; the long table has one row per measurement, named in a
 * "measure" dimension. Column roles come from the names Jobindsats gives ("period"; "area" and "_…" are
 * dimensions; other names are measurements) and, for columns without one, from the values (numbers → a
 * measurement). Key names are matched without regard to case. Numbers given as text are Danish ("1.234,5").
 */
import { IO_MESSAGES } from './io-messages.ts';
import { isJsonObject, type JsonObject, type JsonSource, jsonText, readJsonSource } from './json-source.ts';
import { FILE_START } from './import-log.ts';
import {
  type ImportOptions,
  type ImportResult,
  type LongRow,
  type LongTable,
  MEASURE_DIMENSION,
} from './long-table.ts';
import { mergeTables, type NamedTable } from './merge-tables.ts';
import { parseNumberCell } from './parse-number-cell.ts';
import { parsePeriod } from './parse-period.ts';
import { isTimeName } from './time-names.ts';
import { jsonPointer } from '../rules/locate-json-pointer.ts';

/** The dimension naming the table when a response holds several. */
export const TABLE_DIMENSION = 'table';

type Role = 'period' | 'dimension' | 'measure';

interface Column {
  /** The name shown in the long table: the variable's label, else its name. */
  title: string;
  role: Role;
}

/** A member of an object by name, whatever its case ("Variables", "variables"). */
function member(object: JsonObject, name: string): unknown {
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

const isNumberLike = (value: unknown): boolean =>
  typeof value === 'number' || (typeof value === 'string' && parseNumberCell(value, ',').kind !== 'invalid');

function column(variable: unknown, index: number, data: unknown[][]): Column {
  const name = isJsonObject(variable) ? member(variable, 'Name') : undefined;
  const label = isJsonObject(variable) ? member(variable, 'Label') : variable;
  const nameText = typeof name === 'string' ? name : '';
  const title = typeof label === 'string' && label.trim() !== '' ? label : nameText || `column ${index + 1}`;
  if (nameText.toLowerCase() === 'period' || isTimeName(title) || isTimeName(nameText)) {
    return { title, role: 'period' };
  }
  if (nameText !== '') {
    const dimension = nameText.startsWith('_') || nameText.toLowerCase() === 'area';
    return { title, role: dimension ? 'dimension' : 'measure' };
  }
  const values = data.map((row) => row[index]).filter((value) => value !== null && value !== '');
  const numeric =
    values.length > 0 && values.every(isNumberLike) && values.some((value) => !isMissing(value));
  return { title, role: numeric ? 'measure' : 'dimension' };
}

const isMissing = (value: unknown): boolean =>
  typeof value === 'string' && parseNumberCell(value, ',').kind === 'missing';

/** One element of the response → a table; undefined after reporting why not. */
function readTable(element: unknown, pointer: string, source: JsonSource): LongTable | undefined {
  if (!isJsonObject(element)) {
    source.error(pointer, IO_MESSAGES.jobindsatsNotTable(), IO_MESSAGES.jobindsatsShapeHint());
    return undefined;
  }
  const variables = member(element, 'Variables');
  const data = member(element, 'Data');
  const keyOf = (name: string): string =>
    Object.keys(element).find((key) => key.toLowerCase() === name) ?? name;
  if (!Array.isArray(variables) || !Array.isArray(data)) {
    const missing = !Array.isArray(variables) ? 'Variables' : 'Data';
    source.error(pointer, IO_MESSAGES.jobindsatsMissing(missing), IO_MESSAGES.jobindsatsShapeHint());
    return undefined;
  }
  const dataPointer = pointer + jsonPointer([keyOf('data')]);
  const rowsIn: { pointer: string; cells: unknown[] }[] = [];
  (data as unknown[]).forEach((row, r) => {
    const rowPointer = `${dataPointer}/${r}`;
    if (!Array.isArray(row)) source.error(rowPointer, IO_MESSAGES.jobindsatsRowNotList());
    else if (row.length !== variables.length)
      source.error(rowPointer, IO_MESSAGES.jobindsatsRowLength(row.length, variables.length));
    else rowsIn.push({ pointer: rowPointer, cells: row as unknown[] });
  });
  if (rowsIn.length === 0) source.warning(dataPointer, IO_MESSAGES.noDataRows());
  const columns = (variables as unknown[]).map((variable, index) =>
    column(
      variable,
      index,
      rowsIn.map((row) => row.cells),
    ),
  );
  const periodIndex = columns.findIndex((entry) => entry.role === 'period');
  const variablesPointer = pointer + jsonPointer([keyOf('variables')]);
  if (periodIndex < 0) {
    source.error(variablesPointer, IO_MESSAGES.noTimeDimension(), IO_MESSAGES.jobindsatsPeriodHint());
    return undefined;
  }
  const measures = columns.flatMap((entry, index) => (entry.role === 'measure' ? [index] : []));
  if (measures.length === 0) {
    source.error(variablesPointer, IO_MESSAGES.noMeasureColumn());
    return undefined;
  }
  const dimensions = columns.flatMap((entry, index) => (entry.role === 'dimension' ? [index] : []));

  const rows: LongRow[] = [];
  rowsIn.forEach(({ pointer: rowPointer, cells: row }) => {
    const periodCell = row[periodIndex];
    const period = parsePeriod(jsonText(periodCell));
    if (!period) {
      source.error(
        `${rowPointer}/${periodIndex}`,
        IO_MESSAGES.notAPeriod(periodCell),
        IO_MESSAGES.periodHint(),
      );
      return;
    }
    // No prototype: a variable named "__proto__" or "constructor" stays an ordinary key (fuzz-found).
    const keys: { [dimension: string]: string } = Object.create(null) as { [dimension: string]: string };
    for (const index of dimensions) {
      const cell = row[index];
      keys[columns[index]?.title ?? ''] = jsonText(cell);
    }
    for (const index of measures) {
      const cell = row[index];
      const measureKeys = { ...keys, [MEASURE_DIMENSION]: columns[index]?.title ?? '' };
      const parsed =
        typeof cell === 'number'
          ? ({ kind: 'number', value: cell } as const)
          : cell === null
            ? ({ kind: 'missing', status: 'missing' } as const)
            : typeof cell === 'string'
              ? parseNumberCell(cell, ',')
              : ({ kind: 'invalid' } as const);
      if (parsed.kind === 'invalid') {
        source.error(`${rowPointer}/${index}`, IO_MESSAGES.notANumber(cell), IO_MESSAGES.numberHint());
      } else if (parsed.kind === 'number') {
        rows.push({ keys: measureKeys, period, value: parsed.value });
      } else {
        rows.push({ keys: measureKeys, period, value: null, status: parsed.status });
      }
    }
  });
  const table: LongTable = {
    dimensions: [...dimensions.map((index) => columns[index]?.title ?? ''), MEASURE_DIMENSION],
    rows,
  };
  const id = member(element, 'TableID');
  if (typeof id === 'string') table.title = id;
  return table;
}

/** Jobindsats answers a bad request with an object holding a message instead of data; say what it says. */
function responseMessage(root: JsonObject): string {
  const message = member(root, 'Message') ?? member(root, 'Error');
  if (typeof message === 'string') return message;
  return Object.keys(root).join(' ');
}

/** Imports a Jobindsats API v2 response (bytes or text). */
export function importJobindsats(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const { log, source } = readJsonSource(input, options);
  if (source) {
    const root = source.value;
    // The documented answer is a list of tables; a single table object is accepted too.
    const elements = Array.isArray(root) ? root : [root];
    const pointerOf = (index: number): string => (Array.isArray(root) ? `/${index}` : '');
    if (isJsonObject(root) && member(root, 'Variables') === undefined) {
      source.error(
        '',
        IO_MESSAGES.jobindsatsMessage(responseMessage(root)),
        IO_MESSAGES.jobindsatsShapeHint(),
      );
    } else if (elements.length === 0) {
      source.error('', IO_MESSAGES.jobindsatsEmpty());
    } else {
      const parts: NamedTable[] = [];
      elements.forEach((element, index) => {
        const table = readTable(element, pointerOf(index), source);
        const id = isJsonObject(element)
          ? (member(element, 'TableID') ?? member(element, 'Table'))
          : undefined;
        if (table) parts.push({ name: typeof id === 'string' ? id : String(index + 1), table });
      });
      if (!log.hasErrors) return { table: mergeTables(parts, TABLE_DIMENSION), ...log.result() };
    }
  }
  if (!log.hasErrors) log.error(FILE_START, '', IO_MESSAGES.jobindsatsEmpty());
  return log.result();
}
