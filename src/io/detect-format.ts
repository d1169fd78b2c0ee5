/**
 * Which importer a file needs, from its first characters: JSON that is a list or has "Variables" is a
 * Jobindsats response, other JSON is JSON-stat; CSV whose header names the facts `ydelse` and `age` is a
 * person-level file, other CSV an aggregate export.
 */
import { decodeText } from './decode-text.ts';
import { ImportLog } from './import-log.ts';
import { readCsv, sniffSeparator } from './read-csv.ts';

export const IMPORT_FORMATS = ['jsonstat', 'jobindsats', 'csv', 'persons'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Characters looked at; enough for a header row and the start of a JSON document. */
const HEAD = 64 * 1024;

/** @example detectFormat('{"dataset": {…}}') // "jsonstat" */
export function detectFormat(input: Uint8Array | string): ImportFormat {
  const head = typeof input === 'string' ? input.slice(0, HEAD) : input.subarray(0, HEAD);
  // Problems are the importer's to report; detection only looks.
  const text = decodeText(head, new ImportLog())?.text ?? '';
  const start = text.trimStart();
  if (start.startsWith('[')) return 'jobindsats';
  if (start.startsWith('{')) return /"variables"\s*:/i.test(start) ? 'jobindsats' : 'jsonstat';
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = readCsv(firstLine, new ImportLog(), sniffSeparator(start)).records[0];
  const names = new Set(header?.fields.map((field) => field.text.trim()) ?? []);
  return names.has('ydelse') && names.has('age') ? 'persons' : 'csv';
}
