/**
 * The rule set of `classify` and `explain`: rule files, shared conditions and plain json-rules-engine rules
 * under the given paths, validated; problems are printed to stderr and invalid rules stop the command.
 */
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import { loadRuleSet } from '../rules/load-rule-set.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError, expandJsonPaths, readTextFiles } from './read-json-files.ts';

/** Loads and validates; throws CliError (after printing the located errors) when the rules are not usable. */
export async function loadRulesFromPaths(paths: readonly string[], lang: Lang): Promise<RuleSet> {
  const { files, errors: readErrors } = await readTextFiles(await expandJsonPaths(paths, lang), lang);
  const { ruleSet, errors } = loadRuleSet(files, { lang, allowPlainRules: true });
  const all = [...readErrors, ...errors];
  printLocatedErrors(all, (line) => console.error(line), lang);
  if (!ruleSet || readErrors.length > 0) {
    const count = all.filter((error) => error.severity === 'error').length;
    throw new CliError(MESSAGES.validateSummary(paths.length, count, all.length - count)[lang]);
  }
  if (ruleSet.rules.length === 0) throw new CliError(MESSAGES.noRules()[lang]);
  return ruleSet;
}
