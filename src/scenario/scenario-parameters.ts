/**
 * Rule parameter values for one month of a run: each rule parameter's default (its dated value in force that
 * month, if it has a history), with the scenario's `parameters` on top.
 */
import { closest } from 'fastest-levenshtein';
import type { ParameterValues } from '../rules/reference-engine.ts';
import type { RuleParameter, RuleSet } from '../rules/rule-file.ts';
import { monthIndex, type Month } from '../time/month.ts';

/** The value of a rule parameter in force in `month`: the latest dated value from on or before it, else `value`. */
export function parameterValueAt(parameter: RuleParameter, month: Month): number {
  const at = monthIndex(month);
  let best: { from: number; value: number } | undefined;
  for (const dated of parameter.history ?? []) {
    const from = monthIndex(dated.from);
    if (from <= at && (!best || from > best.from)) best = { from, value: dated.value };
  }
  return best ? best.value : parameter.value;
}

/**
 * `scenarioParameters(ruleSet, '2015-01', {sygedagpengeReassessmentWeeks: 26})` → every rule parameter's value
 * in that month with the scenario's values on top. `scenarioValues` holds the scenario's Quantities as drawn for
 * the replication. Throws when the scenario names a parameter no rule declares.
 */
export function scenarioParameters(
  ruleSet: RuleSet,
  month: Month,
  scenarioValues: ParameterValues = {},
): ParameterValues {
  checkParameterNames(ruleSet, Object.keys(scenarioValues));
  const values: { [name: string]: number } = {};
  for (const [name, parameter] of Object.entries(ruleSet.parameters)) {
    values[name] = parameterValueAt(parameter, month);
  }
  for (const [name, value] of Object.entries(scenarioValues)) values[name] = value;
  return values;
}

/** Throws a located error for a scenario parameter that no rule declares, with the nearest declared name. */
export function checkParameterNames(ruleSet: RuleSet, names: readonly string[]): void {
  const known = Object.keys(ruleSet.parameters);
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(ruleSet.parameters, name)) continue;
    throw new Error(
      `Scenario /parameters/${name}: no rule declares a parameter "${name}"` +
        (known.length ? ` (did you mean "${closest(name, known)}"?)` : ' (the rules declare none)') +
        '; the parameters are listed in each rule file’s meta.parameters.',
    );
  }
}
