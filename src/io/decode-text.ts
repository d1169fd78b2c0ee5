/**
 * Bytes to text for imported files, by hand so the pure core needs neither the DOM's nor Node's TextDecoder
 * (and gives the exact place of a bad byte): UTF-8 with or without a byte-order mark, UTF-16 with a BOM (Excel's
 * "Unicode text"), and Windows-1252 — what Danish Excel and older Statistikbanken exports are saved as. Text
 * that is not valid UTF-8 is read as Windows-1252, with a warning at the first byte that is not UTF-8.
 */
import type { ImportLog } from './import-log.ts';
import { FILE_START } from './import-log.ts';
import { IO_MESSAGES } from './io-messages.ts';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Windows-1252 bytes 0x80–0x9F; the five unassigned ones map to the C1 controls, as the WHATWG decoder does. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Code units are turned into a string in chunks: String.fromCharCode takes a bounded number of arguments. */
const CHUNK = 8192;

function unitsToString(units: Uint16Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += CHUNK) {
    text += String.fromCharCode(...units.subarray(start, Math.min(length, start + CHUNK)));
  }
  return text;
}

/** Strict UTF-8: the text, or the offset of the first byte that starts an invalid sequence. */
export function decodeUtf8(bytes: Uint8Array, from = 0): { text: string } | { invalidAt: number } {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  let i = from;
  while (i < bytes.length) {
    const first = bytes[i] ?? 0;
    if (first < 0x80) {
      units[length++] = first;
      i++;
      continue;
    }
    // Lead byte → number of continuation bytes and the range the second byte must be in (no overlongs, no
    // surrogates, nothing above U+10FFFF).
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    let point: number;
    if (first >= 0xc2 && first <= 0xdf) {
      needed = 1;
      point = first & 0x1f;
    } else if (first >= 0xe0 && first <= 0xef) {
      needed = 2;
      point = first & 0x0f;
      if (first === 0xe0) low = 0xa0;
      if (first === 0xed) high = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      needed = 3;
      point = first & 0x07;
      if (first === 0xf0) low = 0x90;
      if (first === 0xf4) high = 0x8f;
    } else {
      return { invalidAt: i };
    }
    // A sequence cut off by the end of the file.
    if (i + needed >= bytes.length) return { invalidAt: i };
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k] ?? 0;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return { invalidAt: i };
      point = (point << 6) | (next & 0x3f);
    }
    if (point >= 0x10000) {
      point -= 0x10000;
      units[length++] = 0xd800 + (point >> 10);
      units[length++] = 0xdc00 + (point & 0x3ff);
    } else {
      units[length++] = point;
    }
    i += needed + 1;
  }
  return { text: unitsToString(units, length) };
}

/** Windows-1252: every byte is a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  bytes.forEach((byte, i) => {
    units[i] = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
  });
  return unitsToString(units, bytes.length);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = Math.floor((bytes.length - 2) / 2);
  const units = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const a = bytes[2 + 2 * k] ?? 0;
    const b = bytes[3 + 2 * k] ?? 0;
    units[k] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return unitsToString(units, count);
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/** The 1-based line and column of byte `offset` in single-byte text (Windows-1252). */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The 1-based line and column of character `offset` in a text. */
export function textPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The text of an imported file; a string is taken as already decoded (a byte-order mark is dropped). Returns
 * undefined, with an error in the log, for a spreadsheet workbook or another binary file.
 *
 * @example decodeText(new Uint8Array([0x6b, 0xf8, 0x6e]), log)?.text // "køn", with a Windows-1252 warning
 */
export function decodeText(input: Uint8Array | string, log: ImportLog): DecodedText | undefined {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' };
  }
  if (startsWith(input, [0x50, 0x4b, 0x03, 0x04])) {
    log.error(FILE_START, '', IO_MESSAGES.workbookNotText('xlsx'), IO_MESSAGES.saveAsCsvHint());
    return undefined;
  }
  if (startsWith(input, [0xd0, 0xcf, 0x11, 0xe0])) {
    log.error(FILE_START, '', IO_MESSAGES.workbookNotText('xls'), IO_MESSAGES.saveAsCsvHint());
    return undefined;
  }
  if (startsWith(input, [0xff, 0xfe])) return { text: decodeUtf16(input, true), encoding: 'utf-16le' };
  if (startsWith(input, [0xfe, 0xff])) return { text: decodeUtf16(input, false), encoding: 'utf-16be' };
  const from = startsWith(input, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const utf8 = decodeUtf8(input, from);
  let decoded: DecodedText;
  if ('text' in utf8) {
    decoded = { text: utf8.text, encoding: 'utf-8' };
  } else {
    log.warning(
      bytePosition(input, utf8.invalidAt),
      '',
      IO_MESSAGES.readAsWindows1252(input[utf8.invalidAt] ?? 0),
      IO_MESSAGES.readAsWindows1252Hint(),
    );
    decoded = { text: decodeWindows1252(input.subarray(from)), encoding: 'windows-1252' };
  }
  // No text format this reads holds NUL characters; a file that does is binary (an image, a database…).
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    log.error(textPosition(decoded.text, nul), '', IO_MESSAGES.binaryFile(), IO_MESSAGES.saveAsCsvHint());
    return undefined;
  }
  return decoded;
}
