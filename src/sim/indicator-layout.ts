/**
 * The indicators a rule set defines, in a fixed order: which rules count persons for each, whether it is a count
 * or a ratio (100 × numerator / denominator, per cent), and its window (months summed for a flow indicator).
 */
import type { RuleSet } from '../rules/rule-file.ts';

export interface IndicatorDefinition {
  /** Indicator id from the rules' `indicator` events, e.g. "unge-under-30". */
  id: string;
  /** `count`: persons for whom any of `count` rules fires; `ratio`: 100 × numerator / denominator (per cent). */
  kind: 'count' | 'ratio';
  /** Months summed (1 = a stock; 12 = e.g. awards in the last 12 months). */
  window: number;
  /** Names of the rules that feed each role. */
  rules: { count: string[]; numerator: string[]; denominator: string[] };
}

/** Indicators in order of first appearance in the rule set. Throws when a rule mixes roles or windows. */
export function indicatorLayout(ruleSet: RuleSet): IndicatorDefinition[] {
  const byId = new Map<string, IndicatorDefinition>();
  for (const rule of ruleSet.rules) {
    const event = rule.event;
    if (event.type !== 'indicator') continue;
    const role = event.params.role ?? 'count';
    const window = event.params.window ?? 1;
    if (!Number.isInteger(window) || window < 1) {
      throw new Error(
        `Rule "${rule.name}": /event/params/window is ${window}; it must be a whole number of months ≥ 1.`,
      );
    }
    let definition = byId.get(event.params.indicator);
    if (!definition) {
      definition = {
        id: event.params.indicator,
        kind: role === 'count' ? 'count' : 'ratio',
        window,
        rules: { count: [], numerator: [], denominator: [] },
      };
      byId.set(definition.id, definition);
    }
    if ((role === 'count') !== (definition.kind === 'count')) {
      throw new Error(
        `Rule "${rule.name}" feeds indicator "${definition.id}" as ${role}, but other rules make it a ` +
          `${definition.kind}; an indicator is either counted or a ratio of numerator and denominator.`,
      );
    }
    if (window !== definition.window) {
      throw new Error(
        `Rule "${rule.name}" gives indicator "${definition.id}" a window of ${window} months, other rules ` +
          `${definition.window}; give all rules of an indicator the same window.`,
      );
    }
    definition.rules[role].push(rule.name);
  }
  for (const definition of byId.values()) {
    if (
      definition.kind === 'ratio' &&
      (!definition.rules.numerator.length || !definition.rules.denominator.length)
    ) {
      throw new Error(
        `Indicator "${definition.id}" is a ratio but lacks a ${definition.rules.numerator.length ? 'denominator' : 'numerator'} rule.`,
      );
    }
  }
  return [...byId.values()];
}
