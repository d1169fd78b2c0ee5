/**
 * The rule library's entries: each rule file parsed and sorted into indicators (event type `indicator`), reforms
 * (every other event) and shared conditions (rules/conditions/). A file that does not parse is kept as `broken`
 * (the validator reports it with its location; the library only lists what it can read).
 */
import type { RuleSetSource } from '../../../src/rules/load-rule-set.ts';
import type { ConditionFile, RuleFile } from '../../../src/rules/rule-file.ts';

export type LibraryEntry =
  | { kind: 'indicator' | 'reform'; path: string; file: RuleFile }
  | { kind: 'condition'; path: string; file: ConditionFile }
  | { kind: 'broken'; path: string };

/** `libraryEntries(BUNDLED_RULES.files)` → one entry per file, in path order. */
export function libraryEntries(files: readonly RuleSetSource[]): LibraryEntry[] {
  return files.map(({ path, text }) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { kind: 'broken', path };
    }
    if (!isRecord(parsed) || !isRecord(parsed['meta'])) return { kind: 'broken', path };
    if (path.includes('/conditions/'))
      return { kind: 'condition', path, file: parsed as unknown as ConditionFile };
    const file = parsed as unknown as RuleFile;
    if (!isRecord(file.event) || !Array.isArray(file.cases)) return { kind: 'broken', path };
    return { kind: file.event.type === 'indicator' ? 'indicator' : 'reform', path, file };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
