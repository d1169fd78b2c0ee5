/**
 * The normalised form every importer produces: a long table, one row per cell (dimension values, period,
 * value, status), whatever the source's layout (a JSON-stat cube, a Jobindsats response, a wide spreadsheet).
 */
import type { Lang } from '../messages.ts';
import type { LocatedError } from '../rules/located-error.ts';
import type { Month } from '../time/month.ts';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period of a statistical series: a month, a quarter or a year, by its first month. */
export interface Period {
  kind: PeriodKind;
  /** First month of the period, "YYYY-MM": 2015Q4 starts "2015-10", 2015 starts "2015-01". */
  start: Month;
}

/** One cell of a table. */
export interface LongRow {
  /** The category label of each dimension (by dimension name), e.g. { "Ydelsesgrupper": "A-dagpenge mv." }. */
  keys: { [dimension: string]: string };
  period: Period;
  /** The number, or null when the source marks it missing, confidential or suppressed (see `status`). */
  value: number | null;
  /**
   * The source's flag for the cell, kept as given: JSON-stat `status` ("..", "e"…), a spreadsheet's missing
   * marker (".." or "-"; "missing" for an empty cell), or "suppressed" for small-cell discretion.
   */
  status?: string;
}

export interface LongTable {
  /** Dimension names in the source's order (the period is not among them). */
  dimensions: string[];
  rows: LongRow[];
  /** The source's own title (a dataset label, a spreadsheet's title line), when it has one. */
  title?: string;
}

/** Where an import's text came from and the language of its messages. */
export interface ImportOptions {
  /** The file as the user named it; every located error carries it. @default "input" */
  file?: string;
  /** @default "en" */
  lang?: Lang;
}

/** What an importer returns. It never throws on bad input: every problem is a located error. */
export interface ImportResult {
  /** The table, when there is no error (warnings allowed). */
  table?: LongTable;
  errors: LocatedError[];
  warnings: LocatedError[];
}

/** The dimension naming the measurement of each row when a source has several (Jobindsats, long CSV). */
export const MEASURE_DIMENSION = 'measure';

/** The status of a cell whose count was withheld by small-cell discretion. */
export const SUPPRESSED_STATUS = 'suppressed';
