/**
 * Immutable edits of a parsed JSON value at a JSON pointer, for the structured rule editor: it changes the
 * parsed rule and writes the text again, so that both views edit the same JSON.
 */
import { pointerSegments } from '../../src/rules/locate-json-pointer.ts';

/** The parsed value of a JSON text, or undefined while the text is not valid JSON (the user is typing). */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The value at `pointer` ("" is the whole value), or undefined when there is none. */
export function valueAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (typeof node === 'object' && node !== null) node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `value` with the value at `pointer` replaced by `replacement`, or removed when `replacement` is
 * undefined (an array element is spliced out). Throws when a parent on the way is missing.
 */
export function editAt(value: unknown, pointer: string, replacement: unknown): unknown {
  return editSegments(value, pointerSegments(pointer), replacement, pointer);
}

function editSegments(
  value: unknown,
  segments: readonly string[],
  replacement: unknown,
  pointer: string,
): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const index = head === '-' ? value.length : Number(head);
    if (!Number.isInteger(index) || index < 0 || index > value.length)
      throw new Error(`No array element "${head}" on the way to ${pointer}.`);
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(index, 1);
    else copy[index] = editSegments(value[index], rest, replacement, pointer);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (rest.length === 0 && replacement === undefined) delete copy[head];
    else copy[head] = editSegments(copy[head], rest, replacement, pointer);
    return copy;
  }
  throw new Error(`Nothing to edit at ${pointer}: "${head}" has no parent object or array.`);
}

/** A copy of an object with the key `from` renamed to `to`, keeping the key order. */
export function renameKey(value: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key === from ? to : key] = item;
  return copy;
}
