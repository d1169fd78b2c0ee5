/**
 * A leaf condition's literal value as the structured editor shows it in a text field, and back: numbers stay
 * numbers, `true`/`false` booleans, everything else a string; lists (for `in`/`notIn`) are comma-separated.
 */

/** `leafValueText(["a", 2])` → "a, 2"; `leafValueText(22)` → "22". */
export function leafValueText(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => String(item)).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return value === undefined ? '' : String(value);
}

/** `parseLeafValue("26", false)` → 26; `parseLeafValue("a, 2", true)` → ["a", 2]. */
export function parseLeafValue(text: string, list: boolean): unknown {
  if (list) {
    return text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map(scalar);
  }
  return scalar(text.trim());
}

function scalar(text: string): string | number | boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}
