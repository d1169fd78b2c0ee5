/**
 * The last line of defence of the generated kernel: its source may hold only the few keywords and operators the
 * generator emits, integer literals, and identifiers from a fixed list (`a3` a column, `c3` a value, `v3` a
 * node, `o3` an output offset, `T3` a table). No quote, dot, slash or backslash can appear, so no rule string,
 * property access or comment can reach `new Function`, whatever a rule file contains.
 */

const ALLOWED_CHARACTERS = /^[A-Za-z0-9_\s+\-*<>=!&|^()[\]{};,:]*$/;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;
const ALLOWED_WORDS = new Set([
  'const',
  'let',
  'for',
  'switch',
  'case',
  'default',
  'break',
  'cols',
  'tables',
  'n',
  'i',
  'out',
]);
const NUMBERED = /^[acvoT][0-9]+$/;

/** Throws unless `source` uses only the generator's vocabulary. */
export function checkKernelSource(source: string): void {
  if (!ALLOWED_CHARACTERS.test(source)) {
    throw new Error(
      'Generated kernel source holds a character outside its whitelist; refusing to compile it.',
    );
  }
  for (const [word] of source.matchAll(WORD)) {
    if (!ALLOWED_WORDS.has(word) && !NUMBERED.test(word)) {
      throw new Error(
        `Generated kernel source holds an identifier outside its whitelist; refusing to compile it.`,
      );
    }
  }
}
