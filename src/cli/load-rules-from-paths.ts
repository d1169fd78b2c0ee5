/**
 * The rule set of the commands (`classify`, `explain`, `run`, `calibrate`…): rule files, shared conditions and plain json-rules-engine rules
 * under the given paths, validated; problems are printed to stderr and invalid rules stop the command.
 */
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import { loadRuleSet } from '../rules/load-rule-set.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError, expandJsonPaths, readTextFiles } from './read-json-files.ts';

export interface LoadRulesOptions {
  /** Accept plain json-rules-engine rules (no meta, no cases), as classify and explain do. Default true. */
  allowPlainRules?: boolean;
  /** Print at most this many problems (default all). */
  maxPrinted?: number;
}

/** Loads and validates; throws CliError (after printing the located errors) when the rules are not usable. */
export async function loadRulesFromPaths(
  paths: readonly string[],
  lang: Lang,
  options: LoadRulesOptions = {},
): Promise<RuleSet> {
  const { files, errors: readErrors } = await readTextFiles(await expandJsonPaths(paths, lang), lang);
  const { ruleSet, errors } = loadRuleSet(files, { lang, allowPlainRules: options.allowPlainRules ?? true });
  const all = [...readErrors, ...errors];
  printLocatedErrors(all, (line) => console.error(line), lang, options.maxPrinted);
  if (!ruleSet || readErrors.length > 0) {
    const count = all.filter((error) => error.severity === 'error').length;
    throw new CliError(MESSAGES.validateSummary(paths.length, count, all.length - count)[lang]);
  }
  if (ruleSet.rules.length === 0) throw new CliError(MESSAGES.noRules()[lang]);
  return ruleSet;
}
