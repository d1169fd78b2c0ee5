/**
 * Strict JSON parsing that says where the text is broken: jsonc-parser reads the text (keeping offsets), with
 * comments and trailing commas reported as errors because json-rules-engine files are plain JSON.
 */
// jsonc-parser's ESM build: its UMD main hides its requires from esbuild, which bundles the CLI.
import { parseTree, getNodeValue, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { MESSAGES } from '../messages.ts';
import type { LocalText } from './facts.ts';
import { createPointerLocator } from './locate-json-pointer.ts';
import type { PointerLocator } from './locate-json-pointer.ts';
import type { TextPosition } from './locate-json-pointer.ts';

/** A syntax problem: where it is and what to say. */
export interface SyntaxProblem {
  position: TextPosition;
  message: LocalText;
  hint?: LocalText;
}

export interface ParsedJson {
  /** The parsed value; absent when the text is not JSON. */
  value?: unknown;
  /** Locates JSON pointers in the text (also when parsing failed, as far as the text allows). */
  locator: PointerLocator;
  /** Syntax errors, at most one per distinct place, in text order. */
  problems: SyntaxProblem[];
}

const SYNTAX_WORDS: { [code: string]: LocalText } = {
  InvalidSymbol: { da: 'ugyldigt tegn', en: 'invalid symbol' },
  InvalidNumberFormat: { da: 'ugyldigt tal', en: 'invalid number' },
  PropertyNameExpected: { da: 'feltnavn i "…" forventet', en: 'property name in "…" expected' },
  ValueExpected: { da: 'værdi forventet', en: 'value expected' },
  ColonExpected: { da: 'kolon forventet', en: 'colon expected' },
  CommaExpected: { da: 'komma forventet', en: 'comma expected' },
  CloseBraceExpected: { da: '} forventet', en: '} expected' },
  CloseBracketExpected: { da: '] forventet', en: '] expected' },
  EndOfFileExpected: { da: 'filen burde slutte her', en: 'end of file expected' },
  InvalidCommentToken: { da: 'kommentarer er ikke tilladt', en: 'comments are not allowed' },
  UnexpectedEndOfComment: { da: 'kommentaren slutter ikke', en: 'unterminated comment' },
  UnexpectedEndOfString: { da: 'teksten slutter ikke (mangler ")', en: 'unterminated string (missing ")' },
  UnexpectedEndOfNumber: { da: 'tallet slutter for tidligt', en: 'unexpected end of number' },
  InvalidUnicode: { da: 'ugyldig \\u-kode', en: 'invalid \\u escape' },
  InvalidEscapeCharacter: { da: 'ugyldig \\-kode', en: 'invalid escape character' },
  InvalidCharacter: { da: 'ugyldigt tegn i tekst', en: 'invalid character in string' },
};

/** Parses `text` as strict JSON. A leading byte-order mark is ignored. */
export function parseJsonText(text: string): ParsedJson {
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  const locator = createPointerLocator(source, tree);
  if (source.trim() === '') {
    return { locator, problems: [{ position: { line: 1, column: 1 }, message: MESSAGES.emptyFile() }] };
  }
  const problems: SyntaxProblem[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    if (seen.has(error.offset)) continue;
    seen.add(error.offset);
    const code = printParseErrorCode(error.error);
    const problem: SyntaxProblem = {
      position: locator.position(error.offset),
      message: MESSAGES.jsonSyntax(SYNTAX_WORDS[code] ?? { da: code, en: code }),
    };
    const hint = syntaxHint(source, error.offset, code);
    if (hint) problem.hint = hint;
    problems.push(problem);
  }
  if (problems.length > 0 || !tree) return { locator, problems };
  for (const duplicate of duplicateKeys(tree)) {
    problems.push({
      position: locator.locate(duplicate.pointer),
      message: MESSAGES.duplicateKey(duplicate.key),
    });
  }
  if (problems.length > 0) return { locator, problems };
  return { value: getNodeValue(tree) as unknown, locator, problems };
}

function syntaxHint(text: string, offset: number, code: string): LocalText | undefined {
  if (code === 'InvalidCommentToken' || text.startsWith('//', offset) || text.startsWith('/*', offset)) {
    return MESSAGES.commentHint();
  }
  const next = text[offset];
  if (next === '}' || next === ']') {
    const before = text.slice(0, offset).trimEnd();
    if (before.endsWith(',')) return MESSAGES.trailingCommaHint();
  }
  return undefined;
}

/** Keys that appear twice in one object (JSON.parse keeps the last silently), as pointer + key. */
function duplicateKeys(tree: Node | undefined, path = ''): { pointer: string; key: string }[] {
  if (!tree) return [];
  const found: { pointer: string; key: string }[] = [];
  if (tree.type === 'object') {
    const keys = new Set<string>();
    for (const property of tree.children ?? []) {
      const key = String(property.children?.[0]?.value);
      const pointer = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (keys.has(key)) found.push({ pointer, key });
      keys.add(key);
      found.push(...duplicateKeys(property.children?.[1], pointer));
    }
  } else if (tree.type === 'array') {
    (tree.children ?? []).forEach((child, index) => found.push(...duplicateKeys(child, `${path}/${index}`)));
  }
  return found;
}
