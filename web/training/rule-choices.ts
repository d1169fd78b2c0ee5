/**
 * The rule files the editor offers, grouped as the repository is (indicators, reforms), with each file's
 * title read from its own text; shared condition files are left out (they are not rules).
 */
import type { Lang } from '../../src/messages.ts';
import type { RuleBundle } from '../bundle/bundled-rules.ts';

/** One rule file to pick. */
export interface RuleChoice {
  /** Path in the bundle, e.g. "rules/reforms/sygedagpenge-revurdering.json". */
  path: string;
  /** The folder under rules/: "indicators", "reforms" or another. */
  group: string;
  /** The rule's title in the language, or its file name when the text has none. */
  title: string;
}

/** `ruleChoices(BUNDLED_RULES, 'da')` → the rule files (not shared conditions), by group then title. */
export function ruleChoices(bundle: RuleBundle, lang: Lang): RuleChoice[] {
  const choices: RuleChoice[] = [];
  for (const file of bundle.files) {
    const match = /^rules\/([^/]+)\/([^/]+)\.json$/.exec(file.path);
    if (!match || match[1] === 'conditions') continue;
    const group = match[1] ?? '';
    choices.push({ path: file.path, group, title: titleOf(file.text, lang) ?? match[2] ?? file.path });
  }
  return choices.sort((a, b) => a.group.localeCompare(b.group) || a.title.localeCompare(b.title, lang));
}

/** The file name of a path without folder and ".json": "rules/reforms/x.json" → "x". */
export function ruleFileStem(path: string): string {
  return (path.split('/').at(-1) ?? path).replace(/\.json$/, '');
}

/** The names of the bundle's shared conditions (rules/conditions/<name>.json), as keys. */
export function sharedConditionNames(bundle: RuleBundle): Record<string, true> {
  const names: Record<string, true> = {};
  for (const file of bundle.files) {
    const match = /^rules\/conditions\/([^/]+)\.json$/.exec(file.path);
    if (match?.[1]) names[match[1]] = true;
  }
  return names;
}

function titleOf(text: string, lang: Lang): string | undefined {
  try {
    const value = JSON.parse(text) as { meta?: { title?: { [key: string]: unknown } } };
    const title = value.meta?.title?.[lang];
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}
