/**
 * `--param name=value` on the command line: a scenario-style override of a rule parameter's default. The name
 * must be declared by a rule of the set (with a suggestion when it is close), the value must be a number.
 */
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import { nearestName } from '../rules/nearest-name.ts';
import { parameterValues } from '../rules/reference-engine.ts';
import type { ParameterValues } from '../rules/reference-engine.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import { CliError } from './read-json-files.ts';

/** The set's parameter defaults with the overrides applied; throws CliError for a bad override. */
export function parameterOverrides(texts: readonly string[], ruleSet: RuleSet, lang: Lang): ParameterValues {
  const overrides: { [name: string]: number } = {};
  for (const text of texts) {
    const match = /^([^=]+)=(.+)$/.exec(text);
    const value = match ? Number(match[2]) : NaN;
    if (!match?.[1] || !Number.isFinite(value))
      throw new CliError(MESSAGES.parameterOverrideSyntax(text)[lang]);
    const name = match[1].trim();
    if (!Object.prototype.hasOwnProperty.call(ruleSet.parameters, name)) {
      const near = nearestName(name, Object.keys(ruleSet.parameters));
      const hint = near ? ` — ${MESSAGES.didYouMean(near)[lang]}` : '';
      throw new CliError(MESSAGES.unknownParameterOverride(name)[lang] + hint);
    }
    overrides[name] = value;
  }
  return parameterValues(ruleSet, overrides);
}
