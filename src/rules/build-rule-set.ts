import type { ConditionFile, RuleFile, RuleParameter, RuleSet } from './rule-file.ts';

/**
 * Assembles rule files and shared-condition files into a rule set, collecting every rule's parameters into one
 * namespace. Throws when two rules declare the same parameter with different defaults or units, or two files
 * share a name. Validation of each file (schema, facts, operators) happens before, in validateRuleFile.
 */
export function buildRuleSet(
  rules: readonly RuleFile[],
  conditionFiles: readonly ConditionFile[] = [],
): RuleSet {
  const names = new Set<string>();
  for (const rule of rules) {
    if (names.has(rule.name))
      throw new Error(`Two rules are named "${rule.name}": rule names must be unique.`);
    names.add(rule.name);
  }
  const conditions: RuleSet['conditions'] = {};
  for (const file of conditionFiles) {
    if (conditions[file.name]) throw new Error(`Two shared conditions are named "${file.name}".`);
    conditions[file.name] = file.conditions;
  }
  const parameters: { [name: string]: RuleParameter } = {};
  for (const rule of rules) {
    for (const [name, parameter] of Object.entries(rule.meta.parameters ?? {})) {
      const earlier = parameters[name];
      if (earlier && (earlier.value !== parameter.value || earlier.unit !== parameter.unit)) {
        throw new Error(
          `Parameter "${name}" is declared by several rules with different defaults or units ` +
            `(${earlier.value} ${earlier.unit} and ${parameter.value} ${parameter.unit} in "${rule.name}"); ` +
            'give one of them another name.',
        );
      }
      parameters[name] ??= parameter;
    }
  }
  return { rules: [...rules], conditions, parameters };
}
