/**
 * Live validation of an edited rule file: the file alone (JSON syntax, schema, facts, operators, cases) and
 * then the whole rule set with the edit in place (shared conditions that exist, parameters declared the same
 * way in every rule). Each error is located (line, column, JSON pointer) in the file it is about.
 */
import type { Lang } from '../../src/messages.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import type { RuleFile, RuleSet } from '../../src/rules/rule-file.ts';
import { validateRuleFile } from '../../src/rules/validate-rule-file.ts';
import type { RuleBundle } from '../bundle/bundled-rules.ts';

/** The outcome of checking an edit. */
export interface RuleEditCheck {
  /** Every problem, the edited file's first; empty when the edit is valid. */
  errors: LocatedError[];
  /** The edited rule, when the file is valid on its own. */
  rule?: RuleFile;
  /** The whole rule set with the edit, when every file is valid together. */
  ruleSet?: RuleSet;
}

/** `checkRuleEdit(BUNDLED_RULES, path, text, 'da')` → located errors, and the rule and rule set when valid. */
export function checkRuleEdit(bundle: RuleBundle, path: string, text: string, lang: Lang): RuleEditCheck {
  const single = validateRuleFile(text, path, { lang });
  if (!single.rule) return { errors: single.errors };
  const files = bundle.files.map((file) => (file.path === path ? { path, text } : file));
  if (!files.some((file) => file.path === path)) files.push({ path, text });
  const loaded = loadRuleSet(files, { lang });
  // Problems of the file alone are already in single.errors; loadRuleSet finds them again.
  const seen = new Set(single.errors.map(errorKey));
  const setErrors = loaded.errors.filter((error) => !seen.has(errorKey(error)));
  const errors = [...single.errors, ...setErrors].sort(
    (a, b) => Number(b.file === path) - Number(a.file === path),
  );
  return loaded.ruleSet
    ? { errors, rule: single.rule, ruleSet: loaded.ruleSet }
    : { errors, rule: single.rule };
}

function errorKey(error: LocatedError): string {
  return `${error.file}|${error.pointer}|${error.message}`;
}
