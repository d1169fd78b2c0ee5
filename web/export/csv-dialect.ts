/**
 * The CSV dialect of each UI language, so a downloaded file opens correctly in the spreadsheet of that locale:
 * Danish uses ";" between cells and a decimal comma (as Danish Excel and LibreOffice expect), English ","
 * and a decimal point. Both end lines with CRLF (RFC 4180) and are written as UTF-8 with a byte-order mark
 * (see `csvBlob`), without which Excel reads æ, ø, å wrongly.
 *
 * Safety: text cells that a spreadsheet would run as a formula (starting with =, +, −, @, tab or carriage
 * return) get a leading apostrophe, as OWASP advises against CSV injection; a cell with the separator, a quote,
 * a line break or surrounding spaces is quoted with inner quotes doubled. Numbers are written by us from
 * numbers, so they are never prefixed (a negative number must stay a number). Markup such as "</script>" is
 * kept as text: a CSV file is data, never parsed as HTML.
 */
import type { Locale } from '../i18n/locales.ts';

export interface CsvDialect {
  /** Between cells: ";" (da) or "," (en). */
  separator: string;
  /** Decimal mark of numbers: "," (da) or "." (en). */
  decimal: string;
}

export const CSV_DIALECTS: Readonly<Record<Locale, CsvDialect>> = {
  da: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** A cell: text, a number (undefined/NaN/±∞ give an empty cell), or nothing. */
export type CsvValue = string | number | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell in the dialect. Numbers keep every digit JavaScript prints (the shortest text that reads back as the
 * same double), with the locale's decimal mark.
 * @example csvCell(-0.15, CSV_DIALECTS.da) → "-0,15"; csvCell('=1+1', CSV_DIALECTS.da) → "'=1+1"
 */
export function csvCell(value: CsvValue, dialect: CsvDialect): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value).replace('.', dialect.decimal) : '';
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    text.includes(dialect.separator) || /["\r\n]/.test(text) || text !== text.trim() || text === '';
  return needsQuotes && text !== '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Cells joined into lines, CRLF after each. */
export function csvText(rows: readonly (readonly CsvValue[])[], dialect: CsvDialect): string {
  return rows
    .map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator) + '\r\n')
    .join('');
}
