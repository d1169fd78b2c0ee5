/**
 * Which rules are in effect in each month of a run (meta.effectiveFrom / effectiveTo), as a few distinct rule
 * sets: the simulator compiles one kernel per distinct set (and parameter values) and reuses it.
 */
import type { RuleSet } from '../rules/rule-file.ts';
import { monthIndex, monthFromIndex, type Month } from '../time/month.ts';

export interface RuleSchedule {
  /** The distinct rule sets in effect, each with the rules in the order of the full set. */
  readonly ruleSets: readonly RuleSet[];
  /** For month t = 0…months, the index into `ruleSets` in effect. */
  readonly setOfMonth: Int32Array;
  /** Month labels, t = 0…months. */
  readonly monthLabels: readonly Month[];
}

/** `ruleSchedule(ruleSet, '2013-12', 24)`: the rules in force in each of the 25 months from Dec 2013. */
export function ruleSchedule(ruleSet: RuleSet, start: Month, months: number): RuleSchedule {
  const first = monthIndex(start);
  const spans = ruleSet.rules.map((rule) => ({
    from: monthIndex(rule.meta.effectiveFrom),
    to: rule.meta.effectiveTo === undefined ? Number.POSITIVE_INFINITY : monthIndex(rule.meta.effectiveTo),
  }));
  const ruleSets: RuleSet[] = [];
  const keys = new Map<string, number>();
  const setOfMonth = new Int32Array(months + 1);
  const monthLabels: Month[] = [];
  for (let t = 0; t <= months; t++) {
    const month = first + t;
    monthLabels.push(monthFromIndex(month));
    const inEffect = spans.flatMap((span, i) => (span.from <= month && month <= span.to ? [i] : []));
    const key = inEffect.join(',');
    let index = keys.get(key);
    if (index === undefined) {
      index = ruleSets.length;
      keys.set(key, index);
      ruleSets.push({
        ...ruleSet,
        rules: inEffect.map((i) => ruleSet.rules[i]).filter((r) => r !== undefined),
      });
    }
    setOfMonth[t] = index;
  }
  return { ruleSets, setOfMonth, monthLabels };
}
