/**
 * The offset in a text of a 1-based line and column, as LocatedError gives them, so that the editor can put
 * the caret where an error is. Positions past the end of a line or the text are clamped.
 */

/** `textOffset("ab\ncd", 2, 2)` → 4 (the "d"). */
export function textOffset(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(offset + Math.max(0, column - 1), lineEnd);
}
