/**
 * The typed messages between the app and its import worker. The app sends `import` with the file's bytes (an
 * ArrayBuffer, transferred, not copied) and may send `cancel` for it. The worker answers with `progress` (after
 * reading the text, then after every chunk of rows) and then exactly one of `done` (the import, its cohort
 * columns transferred), `cancelled` or `failed` (a bug: bad files are located errors inside `done`). Every
 * message carries the import's id, so answers for an import the app has since replaced are ignored.
 */
import type { Cohort } from '../../src/cohort/cohort.ts';
import type { Lang } from '../../src/messages.ts';
import type { ImportFormat } from '../../src/io/detect-format.ts';
import type { MissingPolicy } from '../../src/io/impute-facts.ts';
import type { LabelMapping } from '../../src/io/label-mapping.ts';
import type { LongTable } from '../../src/io/long-table.ts';
import type { PersonImportResult } from '../../src/io/import-persons.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import type { Month } from '../../src/time/month.ts';

/** What the Data view lets the user choose; all optional, as importData's options. */
export interface DataImportOptions {
  /** @default "auto" */
  format?: ImportFormat | 'auto';
  /** Labels → ydelser and indicators. @default DEFAULT_LABEL_MAPPING */
  mapping?: LabelMapping;
  /** Small-cell threshold: person data always (default 3), aggregate tables only when given. */
  suppressBelow?: number;
  /** Person files: the missing-value policy. @default "reject" */
  missing?: MissingPolicy;
  /** Person files without a month column: the month they describe. */
  month?: Month;
  /** Language of the messages. @default "en" */
  lang?: Lang;
  /** Person files: rows per progress step. @default 10000 */
  chunkRows?: number;
}

export interface ImportRequest {
  type: 'import';
  id: number;
  /** The file's bytes; transferred to the worker. */
  bytes: ArrayBuffer;
  /** The file's name, as every located error gives it. */
  file: string;
  options: DataImportOptions;
}

export interface CancelImportRequest {
  type: 'cancel';
  id: number;
}

export type ImportWorkerRequest = ImportRequest | CancelImportRequest;

/** How far an import is. */
export interface ImportProgress {
  /** "decode": the bytes are being read as text; "rows": rows are being checked. */
  phase: 'decode' | 'rows';
  /** Characters read of all (0 of 0 while decoding). */
  read: number;
  total: number;
  /** Data rows read so far, and errors found so far. */
  rows: number;
  errors: number;
}

/** A finished import: the normalised table, its problems and, for a person file, the cohort. */
export interface DataImport {
  format: ImportFormat;
  file: string;
  /** The long table (for a person file: persons per month and ydelse), absent when there is an error. */
  table?: LongTable;
  errors: LocatedError[];
  warnings: LocatedError[];
  /** Cells withheld by small-cell discretion, and the threshold used (undefined: none applied). */
  suppressed: number;
  suppressBelow?: number;
  /** Person files: data rows read, the cohort (latest month) and what was imputed. */
  rows?: number;
  cohort?: Cohort;
  month?: Month;
  imputed?: PersonImportResult['imputed'];
  /** Worker milliseconds from the bytes to the result. */
  ms: number;
}

export interface ProgressMessage extends ImportProgress {
  type: 'progress';
  id: number;
}

export interface DoneMessage {
  type: 'done';
  id: number;
  result: DataImport;
}

export interface CancelledMessage {
  type: 'cancelled';
  id: number;
}

export interface FailedMessage {
  type: 'failed';
  id: number;
  message: string;
}

export type ImportWorkerResponse = ProgressMessage | DoneMessage | CancelledMessage | FailedMessage;
