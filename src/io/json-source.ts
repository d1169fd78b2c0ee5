/**
 * A JSON file being imported: decoded, parsed with positions kept, and a way to report a problem at a JSON
 * pointer (the log turns it into file:line:column). Shared by the JSON-stat and Jobindsats importers.
 */
import type { LocalText } from '../rules/facts.ts';
import type { PointerLocator } from '../rules/locate-json-pointer.ts';
import { parseJsonText } from '../rules/parse-json-text.ts';
import { decodeText } from './decode-text.ts';
import { ImportLog } from './import-log.ts';
import type { ImportOptions } from './long-table.ts';

export interface JsonSource {
  /** The parsed file. */
  value: unknown;
  log: ImportLog;
  locator: PointerLocator;
  error(pointer: string, message: LocalText, hint?: LocalText): void;
  warning(pointer: string, message: LocalText, hint?: LocalText): void;
}

/** A plain JSON object (not an array, not null). */
export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON value as the text of a cell: strings as they are, numbers and booleans written out, null as "", and
 * anything else as its JSON (parsed objects may have no prototype, so String() would throw).
 */
export function jsonText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

/** Reads the file; `source` is absent when it is not text or not JSON (the log says where). */
export function readJsonSource(
  input: Uint8Array | string,
  options: ImportOptions,
): { log: ImportLog; source?: JsonSource } {
  const log = new ImportLog(options);
  const decoded = decodeText(input, log);
  if (!decoded) return { log };
  const parsed = parseJsonText(decoded.text);
  for (const problem of parsed.problems) log.error(problem.position, '', problem.message, problem.hint);
  if (parsed.value === undefined) return { log };
  const { locator } = parsed;
  return {
    log,
    source: {
      value: parsed.value,
      log,
      locator,
      error: (pointer, message, hint) => log.error(locator.locate(pointer), pointer, message, hint),
      warning: (pointer, message, hint) => log.warning(locator.locate(pointer), pointer, message, hint),
    },
  };
}
