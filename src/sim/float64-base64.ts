/**
 * Float64Arrays as base64 text of their little-endian bytes: exact (every bit, NaN and −0 included) and about a
 * third of the size of the numbers written out, so a slice file rebuilds a run's values bit for bit on any
 * machine. Pure: no Buffer, no btoa.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Map<string, number>([...ALPHABET].map((char, i) => [char, i]));

/** `encodeFloat64(new Float64Array([1]))` → "AAAAAAAA8D8=". */
export function encodeFloat64(values: Float64Array): string {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((value, i) => view.setFloat64(i * 8, value, true));
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    parts.push(
      (ALPHABET[b0 >> 2] ?? '') +
        (ALPHABET[((b0 & 3) << 4) | (b1 >> 4)] ?? '') +
        (left > 1 ? (ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] ?? '') : '=') +
        (left > 2 ? (ALPHABET[b2 & 63] ?? '') : '='),
    );
  }
  return parts.join('');
}

/** The values of `encodeFloat64`'s text, or undefined when the text is not base64 of whole 8-byte numbers. */
export function decodeFloat64(text: string): Float64Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const length = (text.length / 4) * 3 - padding;
  if (length % 8 !== 0) return undefined;
  const bytes = new Uint8Array(length);
  for (let i = 0, o = 0; i < text.length; i += 4) {
    let group = 0;
    for (let j = 0; j < 4; j++) {
      const char = text[i + j] ?? '';
      const code = char === '=' && i + j >= text.length - padding ? 0 : CODES.get(char);
      if (code === undefined) return undefined;
      group = (group << 6) | code;
    }
    for (let shift = 16; shift >= 0 && o < length; shift -= 8) bytes[o++] = (group >> shift) & 255;
  }
  const view = new DataView(bytes.buffer);
  const values = new Float64Array(length / 8);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat64(i * 8, true);
  return values;
}
