/**
 * JSON pointers (RFC 6901, "/conditions/all/0/fact") and where they point in the text of a file, so that every
 * error about a file can say line and column. Uses jsonc-parser's syntax tree, which keeps offsets.
 */
// jsonc-parser's ESM build: its UMD main hides its requires from esbuild, which bundles the CLI.
import { parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';

/** A 1-based line and column (column counted in UTF-16 code units, as editors do for most text). */
export interface TextPosition {
  line: number;
  column: number;
}

/** `jsonPointer(["conditions", "all", 0, "fact"])` → "/conditions/all/0/fact" (escaping "~" and "/"). */
export function jsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** "/conditions/all/0" → ["conditions", "all", "0"]; "" → []. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Finds positions in one text; parse once, locate many pointers. */
export interface PointerLocator {
  /** Where the value at the pointer starts; for an object member, where its key starts. A pointer to
   * something absent (a missing property) gives the deepest part that exists. */
  locate(pointer: string): TextPosition;
  /** The line and column of a character offset. */
  position(offset: number): TextPosition;
}

export function createPointerLocator(text: string, tree?: Node): PointerLocator {
  const root = tree ?? parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);
  }
  const position = (offset: number): TextPosition => {
    // Binary search for the last line start at or before the offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  return {
    position,
    locate(pointer) {
      return position(root ? offsetOfPointer(root, pointer) : firstNonSpace(text));
    },
  };
}

/** `locateJsonPointer('{\n  "a": 1\n}', "/a")` → { line: 2, column: 3 }. Parses the text on every call. */
export function locateJsonPointer(text: string, pointer: string): TextPosition {
  return createPointerLocator(text).locate(pointer);
}

function offsetOfPointer(root: Node, pointer: string): number {
  let node = root;
  let offset = root.offset;
  for (const segment of pointerSegments(pointer)) {
    const next = childAt(node, segment);
    if (!next) break;
    node = next.value;
    offset = next.offset;
  }
  return offset;
}

function childAt(node: Node, segment: string): { value: Node; offset: number } | undefined {
  if (node.type === 'object') {
    // The last of duplicate keys wins, as in JSON.parse.
    const property = [...(node.children ?? [])]
      .reverse()
      .find((child) => child.children?.[0]?.value === segment);
    const value = property?.children?.[1];
    return property && value ? { value, offset: property.offset } : undefined;
  }
  if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
    const value = node.children?.[Number(segment)];
    return value ? { value, offset: value.offset } : undefined;
  }
  return undefined;
}

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}
