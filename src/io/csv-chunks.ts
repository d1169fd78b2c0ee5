/**
 * Cutting a CSV text into chunks of whole records, so that a large file can be read a piece at a time (with
 * progress and a chance to cancel between pieces) by the same reader as a small one. A chunk ends just after a
 * line end that is outside quotes, by the rules of read-csv.ts: a quote opens a quoted field only at the start
 * of a field, `""` inside one is a quote, CRLF is one line end. The counts let a chunk's own line and row
 * numbers be shifted to the file's.
 */
import type { CsvSeparator } from './read-csv.ts';

export interface CsvChunk {
  /** Offset of the chunk's first character in the text. */
  start: number;
  /** Offset just after its last character (after the line end that closes its last record). */
  end: number;
  /** Line ends in the chunk, inside quotes or not: the chunk's lines. */
  lines: number;
  /** Line ends outside quotes: the chunk's records (rows, counting blank ones as a spreadsheet does). */
  rows: number;
}

/**
 * The chunk from `start` holding up to `rows` records. At the end of the text the chunk ends there (with its
 * last record counted even without a line end).
 *
 * @example csvChunk('a;b\n1;2\n3;4\n', 0, 2, ';') // { start: 0, end: 8, lines: 2, rows: 2 }
 */
export function csvChunk(text: string, start: number, rows: number, separator: CsvSeparator): CsvChunk {
  let i = start;
  let lines = 0;
  let records = 0;
  let fieldStart = true;
  let recordOpen = false;
  while (i < text.length && records < rows) {
    const char = text.charCodeAt(i);
    if (fieldStart && char === QUOTE) {
      // A quoted field: to its closing quote (or the end of the text), counting the line ends inside.
      i++;
      while (i < text.length) {
        const inner = text.charCodeAt(i);
        if (inner === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === CR || inner === LF) {
          i += inner === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          lines++;
          continue;
        }
        i++;
      }
      fieldStart = false;
      recordOpen = true;
      continue;
    }
    if (char === CR || char === LF) {
      i += char === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      lines++;
      records++;
      fieldStart = true;
      recordOpen = false;
      continue;
    }
    fieldStart = text[i] === separator;
    recordOpen = true;
    i++;
  }
  if (i >= text.length && recordOpen) records++;
  return { start, end: i, lines, rows: records };
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
