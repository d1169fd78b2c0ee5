/**
 * A fingerprint of a JSON value's content: the same data gives the same 16 hex digits on every machine, whatever
 * the key order of the file it was read from, so slices of one study run on different machines can be checked to
 * belong together. Not a security hash: it tells honest mistakes (another scenario, edited rules) apart.
 */

/** JSON text with object keys sorted at every level; `undefined` members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as { [key: string]: unknown })
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** Two 32-bit FNV-1a variants over the UTF-16 code units, as 16 hex digits. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** `contentFingerprint({b: 1, a: 2}) === contentFingerprint({a: 2, b: 1})` — 16 hex digits. */
export function contentFingerprint(value: unknown): string {
  return hashText(canonicalJson(value));
}
