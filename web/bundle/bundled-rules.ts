/**
 * The repo's rule files, bundled into the app as text by Vite at build time: no fetch at run time, and the
 * worker validates exactly the bytes in the repo (so its errors can name file, line and JSON pointer). Schema
 * files are left out: they describe rules, they are not rules.
 */
import type { RuleSetSource } from '../../src/rules/load-rule-set.ts';

/** The rule files and a fingerprint of their contents, which workers use to keep a loaded rule set. */
export interface RuleBundle {
  /** FNV-1a over the paths and texts, in hex: equal bundles have equal keys. */
  key: string;
  /** Sorted by path, e.g. "rules/indicators/unge-under-30.json". */
  files: RuleSetSource[];
}

const RAW: Record<string, string> = import.meta.glob(
  ['../../rules/**/*.json', '!../../rules/**/*.schema.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

/** 32-bit FNV-1a of a string, as 8 hex digits; enough to tell two rule bundles apart, not a security hash. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `ruleBundle({'../../rules/a.json': '{…}'})` → the files with repo-relative paths, sorted, and their key. */
export function ruleBundle(raw: Readonly<Record<string, string>>): RuleBundle {
  const files = Object.entries(raw)
    .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { key: fingerprint(files.map((file) => `${file.path}\n${file.text}`).join('\n')), files };
}

/** The rules of this build. */
export const BUNDLED_RULES: RuleBundle = ruleBundle(RAW);
