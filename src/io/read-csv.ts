/**
 * A hand-written RFC 4180 reader (no CSV library is installed) that keeps the line and column of every field,
 * so that a bad cell can be reported where it is. It accepts what spreadsheets write: `;`, `,` or tab as the
 * separator (sniffed from the first lines), quoted fields with "" for a quote and line breaks inside, CRLF, LF
 * or CR line ends. Blank lines are skipped.
 */
import type { TextPosition } from '../rules/locate-json-pointer.ts';
import type { ImportLog } from './import-log.ts';
import { IO_MESSAGES } from './io-messages.ts';

export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export interface CsvField {
  /** The field's text, unquoted. */
  text: string;
  /** Where the field starts (its opening quote, for a quoted field). */
  line: number;
  column: number;
}

export interface CsvRecord {
  fields: CsvField[];
  /** The spreadsheet row number: 1-based, counting blank lines, as a spreadsheet program shows the file. */
  row: number;
  /** Where the record starts. */
  line: number;
}

/** Lines looked at to sniff the separator. */
const SNIFF_LINES = 50;

/**
 * The separator that splits the first lines most consistently (the same number of times on most lines),
 * preferring `;` (Danish exports), then tab, then `,`. Separators inside quotes do not count.
 */
export function sniffSeparator(text: string): CsvSeparator {
  const counts: number[][] = [];
  let current = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < SNIFF_LINES; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (current.some((count) => count > 0)) counts.push(current);
      current = [0, 0, 0];
    } else if (!quoted) {
      const index = CSV_SEPARATORS.indexOf(char as CsvSeparator);
      if (index >= 0) current[index] = (current[index] ?? 0) + 1;
    }
  }
  if (current.some((count) => count > 0)) counts.push(current);
  let best: CsvSeparator = ';';
  let bestScore = [0, 0];
  CSV_SEPARATORS.forEach((separator, index) => {
    const frequency = new Map<number, number>();
    for (const line of counts) {
      const count = line[index] ?? 0;
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, lines] of frequency) {
      // More lines agreeing wins; then more columns.
      const [bestLines = 0, bestCount = 0] = bestScore;
      if (lines > bestLines || (lines === bestLines && count > bestCount)) {
        best = separator;
        bestScore = [lines, count];
      }
    }
  });
  return best;
}

/** A spreadsheet column's letters: `columnLetters(0)` → "A", `columnLetters(27)` → "AB". */
export function columnLetters(columnIndex: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A spreadsheet cell reference: `cellReference(2, 5)` → "C5" (column index from 0, row from 1). */
export function cellReference(columnIndex: number, row: number): string {
  return `${columnLetters(columnIndex)}${row}`;
}

/**
 * Splits a text into records. Problems (an unclosed quote, text after a closing quote) go to the log with
 * their place; the reader still returns what it could read.
 */
export function readCsv(
  text: string,
  log: ImportLog,
  separator: CsvSeparator = sniffSeparator(text),
): { records: CsvRecord[]; separator: CsvSeparator } {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let row = 0;
  const here = (offset: number): TextPosition => ({ line, column: offset - lineStart + 1 });
  /** Moves past a line end at i (CRLF counts once). */
  const lineEnd = (): void => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    lineStart = i;
  };

  while (i < text.length) {
    row++;
    const start = here(i);
    const fields: CsvField[] = [];
    let quotedAny = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      const position = here(i);
      let value = '';
      if (text[i] === '"') {
        quotedAny = true;
        const opening = position;
        i++;
        let closed = false;
        while (i < text.length) {
          const char = text[i];
          if (char === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (char === '\n' || char === '\r') {
            value += char === '\r' && text[i + 1] === '\n' ? '\r\n' : char;
            lineEnd();
            continue;
          }
          const next = text.slice(i).search(/["\r\n]/);
          const stop = next < 0 ? text.length : i + next;
          value += text.slice(i, stop);
          i = stop;
        }
        if (!closed) {
          log.error(
            opening,
            cellReference(fields.length, row),
            IO_MESSAGES.unclosedQuote(),
            IO_MESSAGES.quoteHint(),
          );
        } else if (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
          log.warning(
            here(i),
            cellReference(fields.length, row),
            IO_MESSAGES.textAfterQuote(),
            IO_MESSAGES.quoteHint(),
          );
        }
      }
      // Unquoted text (or what follows a closing quote) up to the separator or the line end.
      let stop = i;
      while (stop < text.length && text[stop] !== separator && text[stop] !== '\n' && text[stop] !== '\r')
        stop++;
      value += text.slice(i, stop);
      i = stop;
      fields.push({ text: value, ...position });
      if (i < text.length && text[i] === separator) {
        i++;
      } else {
        endOfRecord = true;
        if (i < text.length) lineEnd();
      }
    }
    const blank = !quotedAny && fields.length === 1 && fields[0]?.text === '';
    if (!blank) records.push({ fields, row, line: start.line });
  }
  return { records, separator };
}
