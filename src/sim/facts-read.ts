/**
 * The facts a rule set's conditions read (directly, as the value of a comparison, or through shared conditions).
 * The monthly step skips keeping up facts that no rule reads and that it does not need itself (weeks derived
 * from months, the previous ydelse), unless every fact is wanted (the cohort handed to `onMonth`).
 */
import { FACT_NAMES, type FactName } from '../rules/facts.ts';
import type { NestedCondition, RuleSet } from '../rules/rule-file.ts';

/** `factsRead(ruleSet).has('weeksOnSupport')`. */
export function factsRead(ruleSet: RuleSet): Set<FactName> {
  const names = new Set<string>();
  const visit = (condition: NestedCondition, seen: Set<string>): void => {
    if ('all' in condition) condition.all.forEach((child) => visit(child, seen));
    else if ('any' in condition) condition.any.forEach((child) => visit(child, seen));
    else if ('not' in condition) visit(condition.not, seen);
    else if ('condition' in condition) {
      const shared = ruleSet.conditions[condition.condition];
      if (shared && !seen.has(condition.condition)) visit(shared, new Set([...seen, condition.condition]));
    } else {
      names.add(condition.fact);
      const value = condition.value;
      if (value !== null && typeof value === 'object' && 'fact' in value && typeof value.fact === 'string') {
        names.add(value.fact);
      }
    }
  };
  ruleSet.rules.forEach((rule) => visit(rule.conditions, new Set()));
  return new Set(FACT_NAMES.filter((name) => names.has(name)));
}
