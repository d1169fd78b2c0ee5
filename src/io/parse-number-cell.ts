/**
 * A table cell as a number, Danish style or not: "1.234,5" (thousand dots, decimal comma), "1234.5", "1 234",
 * "−12" — and the markers statistics use for a cell without a number: ".." (confidential or not available),
 * "-" (nothing to report), an empty cell, and a few others.
 */

/** Which character separates decimals in a file: "," in Danish `;`-separated exports, "." otherwise. */
export type DecimalMark = ',' | '.';

export type NumberCell =
  | { kind: 'number'; value: number }
  /** A cell without a number; `status` is the marker as normalised here ("missing" for an empty cell). */
  | { kind: 'missing'; status: string }
  | { kind: 'invalid' };

/** Markers of a missing number → the status kept for the cell. */
const MISSING_MARKERS: { [marker: string]: string } = {
  '': 'missing',
  '..': '..',
  '...': '..',
  '.': '.',
  ':': ':',
  '-': '-',
  '–': '-',
  '—': '-',
  x: 'x',
  X: 'x',
  '*': '*',
};

/** Every marker read as missing, for documentation and tests. */
export const MISSING_MARKER_LIST: readonly string[] = Object.keys(MISSING_MARKERS);

const GROUPED = (separator: string): RegExp => new RegExp(`^[1-9]\\d{0,2}(\\${separator}\\d{3})+$`);
const GROUPED_DOT = GROUPED('.');
const GROUPED_COMMA = GROUPED(',');

/** Digits with at most one decimal separator, or an exponent form ("1.5e3"). */
function plainNumber(digits: string, decimal: string): number | undefined {
  const pattern = decimal === ',' ? /^(\d*)(?:,(\d+))?$/ : /^(\d*)(?:\.(\d+))?$/;
  const match = pattern.exec(digits);
  if (match && (match[1] || match[2])) return Number(`${match[1] || '0'}.${match[2] ?? '0'}`);
  if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(digits)) return Number(digits);
  return undefined;
}

/** The magnitude of an unsigned number written with thousand separators and/or a decimal separator. */
function magnitude(digits: string, decimalMark: DecimalMark): number | undefined {
  const hasDot = digits.includes('.');
  const hasComma = digits.includes(',');
  if (hasDot && hasComma) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const cut = digits.lastIndexOf(decimal);
    const whole = digits.slice(0, cut);
    if (!(decimal === ',' ? GROUPED_DOT : GROUPED_COMMA).test(whole)) return undefined;
    return plainNumber(whole.replace(/[.,]/g, '') + '.' + digits.slice(cut + 1), '.');
  }
  const separator = hasDot ? '.' : hasComma ? ',' : undefined;
  if (separator === undefined) return plainNumber(digits, '.');
  const grouped = (separator === '.' ? GROUPED_DOT : GROUPED_COMMA).test(digits);
  // One separator that is not the file's decimal mark and groups thousands exactly ("1.234" in a Danish
  // file) is a thousand separator; several of the same kind must be.
  if (grouped && (separator !== decimalMark || digits.split(separator).length > 2)) {
    return Number(digits.split(separator).join(''));
  }
  return plainNumber(digits, separator);
}

/**
 * Reads one cell. Spaces (also no-break and thin spaces used as thousand separators) and a trailing "%" are
 * ignored; a leading "+", "-" or "−" gives the sign.
 *
 * @example parseNumberCell("1.234,5", ",") // { kind: "number", value: 1234.5 }
 * @example parseNumberCell("..", ",") // { kind: "missing", status: ".." }
 */
export function parseNumberCell(text: string, decimalMark: DecimalMark): NumberCell {
  const trimmed = text.trim();
  const status = MISSING_MARKERS[trimmed];
  if (status !== undefined) return { kind: 'missing', status };
  let digits = trimmed.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(/%$/, '');
  let sign = 1;
  if (/^[-−]/.test(digits)) {
    sign = -1;
    digits = digits.slice(1);
  } else if (digits.startsWith('+')) {
    digits = digits.slice(1);
  }
  const value = magnitude(digits, decimalMark);
  return value === undefined || !Number.isFinite(value)
    ? { kind: 'invalid' }
    : { kind: 'number', value: value === 0 ? 0 : sign * value };
}
