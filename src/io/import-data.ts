/**
 * One entry point for every kind of data file, as `maalbar import` and the app's Data view use it: picks the
 * importer (or detects it), maps the table's labels to Målbar's ydelser and indicators, and applies small-cell
 * discretion — always to counts from person-level data, to other tables when a threshold is given.
 */
import type { Month } from '../time/month.ts';
import { DEFAULT_LABEL_MAPPING } from './default-label-mapping.ts';
import { detectFormat, type ImportFormat } from './detect-format.ts';
import { importCsvTable, type CsvImportOptions } from './import-csv-table.ts';
import { importJobindsats } from './import-jobindsats.ts';
import { importJsonStat } from './import-json-stat.ts';
import { FILE_START, ImportLog } from './import-log.ts';
import { importPersons, type PersonImportOptions, type PersonImportResult } from './import-persons.ts';
import { IO_MESSAGES } from './io-messages.ts';
import type { LabelMapping } from './label-mapping.ts';
import type { ImportResult } from './long-table.ts';
import { MAALBAR_DIMENSION, mapTable } from './map-table.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressSmallCells } from './suppress-small-cells.ts';
import { tabulatePersons } from './tabulate-persons.ts';

export interface ImportDataOptions extends CsvImportOptions, PersonImportOptions {
  /** @default "auto" (detectFormat) */
  format?: ImportFormat | 'auto';
  /** Labels → ydelser and indicators. @default DEFAULT_LABEL_MAPPING */
  mapping?: LabelMapping;
  /**
   * Counts below this are suppressed. Person-level data is always suppressed (default 3); aggregate tables
   * only when this is given.
   */
  suppressBelow?: number;
  /** The month of a person file without a month column (its counts need one). */
  month?: Month;
}

export interface ImportDataResult extends ImportResult {
  format: ImportFormat;
  /** For a person file: the persons, the cohort and what was imputed. */
  persons?: PersonImportResult;
  /** Cells withheld by small-cell discretion. */
  suppressed: number;
}

/**
 * @example importData(bytes, { file: "export.csv" }) // { format: "csv", table: {…}, errors: [], … }
 */
export function importData(input: Uint8Array | string, options: ImportDataOptions = {}): ImportDataResult {
  const format =
    options.format === undefined || options.format === 'auto' ? detectFormat(input) : options.format;
  if (format === 'persons') return importPersonCounts(input, options);
  const result =
    format === 'jsonstat'
      ? importJsonStat(input, options)
      : format === 'jobindsats'
        ? importJobindsats(input, options)
        : importCsvTable(input, options);
  if (!result.table) return { format, suppressed: 0, ...result };
  const mapped = mapTable(result.table, options.mapping ?? DEFAULT_LABEL_MAPPING);
  const warnings = [...result.warnings];
  if (mapped.unmapped.length > 0 && mapped.dimension !== undefined) {
    const message = IO_MESSAGES.unmappedLabels(mapped.dimension, mapped.unmapped);
    warnings.push(
      new ImportLog(options).locate('warning', FILE_START, '', message, IO_MESSAGES.mappingHint()),
    );
  }
  const { table, suppressed } =
    options.suppressBelow === undefined
      ? { table: mapped.table, suppressed: 0 }
      : suppressSmallCells(mapped.table, options.suppressBelow);
  return { format, table, suppressed, errors: result.errors, warnings };
}

function importPersonCounts(input: Uint8Array | string, options: ImportDataOptions): ImportDataResult {
  const persons = importPersons(input, options);
  const base = {
    format: 'persons' as const,
    persons,
    suppressed: 0,
    errors: persons.errors,
    warnings: persons.warnings,
  };
  if (!persons.persons) return base;
  if (persons.month === undefined && options.month === undefined) {
    const message = IO_MESSAGES.countsNeedMonth();
    const error = new ImportLog(options).locate(
      'error',
      FILE_START,
      '',
      message,
      IO_MESSAGES.countsNeedMonthHint(),
    );
    return { ...base, errors: [...persons.errors, error] };
  }
  const counts = tabulatePersons(
    persons.persons,
    options.month === undefined ? {} : { month: options.month },
  );
  // The ydelse of a person file is already Målbar's, so its target needs no mapping.
  const rows = counts.rows.map((row) => ({
    ...row,
    keys: { ...row.keys, [MAALBAR_DIMENSION]: `ydelse:${row.keys['ydelse'] ?? ''}` },
  }));
  const withTargets = { ...counts, dimensions: [...counts.dimensions, MAALBAR_DIMENSION], rows };
  const threshold = options.suppressBelow ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const { table, suppressed } = suppressSmallCells(withTargets, threshold);
  return { ...base, table, suppressed };
}
