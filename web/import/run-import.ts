/**
 * The import worker's work, apart from messaging so that it can be tested without a worker: reads one file
 * with importPersonsIncremental (person files, a chunk at a time) or importData (aggregate tables, small), and
 * between chunks waits for the event loop so that a `cancel` message can arrive and be seen.
 */
import { detectFormat } from '../../src/io/detect-format.ts';
import { importData } from '../../src/io/import-data.ts';
import { importPersonsIncremental } from '../../src/io/import-persons-incremental.ts';
import type { DataImport, DataImportOptions, ImportProgress } from './import-protocol.ts';

export interface RunImportHooks {
  onProgress: (progress: ImportProgress) => void;
  /** Asked between chunks; true stops the import (the result is then undefined). */
  cancelled: () => boolean;
  /** Lets other events (a cancel message) in; defaults to a zero-delay timer. */
  pause?: () => Promise<void>;
  /** Milliseconds now (performance.now in the worker). */
  now: () => number;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The text of valid UTF-8 by the browser's decoder (many times faster than the core's hand-written one on a
 * 100 MB file; a byte-order mark is dropped); other bytes as they are, for decodeText to read as UTF-16 or
 * Windows-1252 with its located warning.
 */
export function fastText(bytes: Uint8Array): string | Uint8Array {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

/** Imports `bytes`; undefined when cancelled. */
export async function runImport(
  bytes: Uint8Array,
  file: string,
  options: DataImportOptions,
  hooks: RunImportHooks,
): Promise<DataImport | undefined> {
  const started = hooks.now();
  const pause = hooks.pause ?? nextTask;
  const format =
    options.format === undefined || options.format === 'auto' ? detectFormat(bytes) : options.format;
  const common = { file, ...(options.lang ? { lang: options.lang } : {}) };
  hooks.onProgress({ phase: 'decode', read: 0, total: 0, rows: 0, errors: 0 });
  await pause();
  if (hooks.cancelled()) return undefined;
  if (format !== 'persons') {
    const result = importData(bytes, { ...common, ...options, format });
    const { persons: _persons, ...rest } = result;
    return {
      ...rest,
      file,
      ...(options.suppressBelow === undefined ? {} : { suppressBelow: options.suppressBelow }),
      ms: hooks.now() - started,
    };
  }
  const importer = importPersonsIncremental(fastText(bytes), { ...options, ...common });
  for (;;) {
    const step = importer.next();
    if (step.done) {
      const { format: _format, ...result } = step.value;
      return {
        ...result,
        format,
        file,
        suppressBelow: options.suppressBelow ?? 3,
        ms: hooks.now() - started,
      };
    }
    hooks.onProgress({ phase: 'rows', ...step.value });
    await pause();
    if (hooks.cancelled()) {
      importer.return(undefined as never);
      return undefined;
    }
  }
}
