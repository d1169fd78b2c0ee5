/**
 * Everything one replication draws before its first month: the scenario's uncertain Quantities (each from its
 * own stream), the macro path, and the numeric tables the monthly step reads. Pure: a function of the prepared
 * model and the replication index.
 */
import { STATES, VISITATIONS } from '../rules/facts.ts';
import type { ParameterValues } from '../rules/reference-engine.ts';
import { drawQuantities } from '../scenario/quantity.ts';
import type { Quantity, ResolvedScenario } from '../scenario/scenario.ts';
import { activationTables, type ActivationTables } from './activation-tables.ts';
import { cumulativeShares, inflowTables, type InflowTable } from './inflow-tables.ts';
import { macroPath } from './macro-path.ts';
import type { PreparedModel } from './prepare-model.ts';
import { transitionTables, type TransitionTables } from './transition-tables.ts';

/** Defaults of the model settings (scenario `model`). */
export const DEFAULT_PENSION_AGE = 65;
export const DEFAULT_SPELL_BREAK_MONTHS = 3;
export const DEFAULT_DAGPENGE_REEARN_MONTHS = 12;

export interface ReplicationInputs {
  /** The drawn value of every indexed Quantity (model.quantities order). */
  quantityValues: Float64Array;
  /** U_t / U_0 for t = 0…months. */
  macro: Float64Array;
  transitions: TransitionTables;
  activation: ActivationTables;
  inflow: InflowTable[];
  pensionAge: number;
  spellBreakMonths: number;
  dagpengeReearnMonths: number;
  /** Probability that an unemployed month counts in the 12-month history (ModelSettings.countedUnemploymentShare). */
  countedUnemployment: number;
  /** The same for part-time unemployed persons (ModelSettings.partTimeUnemployment; countedUnemployment without). */
  countedPartTimeUnemployment: number;
  /** Share of the inflow that is part-time unemployed (0 without ModelSettings.partTimeUnemployment). */
  partTimeShare: number;
  /** Cumulative visitation shares on entry, [state × VISITATIONS.length + v], and whether a state has them. */
  visitationOnEntry: Float64Array;
  hasVisitationOnEntry: Uint8Array;
  /** Gross benefit (kr/month) and default refusion rate by state code; null without a cost model. */
  benefit: Float64Array | null;
  refusion: Float64Array;
  /** The scenario's rule parameter values as drawn (rule defaults are added per month). */
  ruleParameters: ParameterValues;
}

export function replicationInputs(model: PreparedModel, replication: number): ReplicationInputs {
  const scenario: ResolvedScenario = model.scenario;
  const quantityValues = drawQuantities(model.quantities, scenario.seed, replication);
  const value = (quantity: Quantity): number => {
    const position = model.quantities.positions.get(quantity);
    return position === undefined ? quantity.value : (quantityValues[position] ?? quantity.value);
  };
  const settings = scenario.model ?? {};
  const whole = (q: Quantity | undefined, fallback: number): number =>
    Math.max(0, Math.round(q ? value(q) : fallback));
  const share = (q: Quantity): number => Math.min(1, Math.max(0, value(q)));
  const countedUnemployment = settings.countedUnemploymentShare
    ? share(settings.countedUnemploymentShare)
    : 1;
  const partTime = settings.partTimeUnemployment;

  const visitationOnEntry = new Float64Array(STATES.length * VISITATIONS.length);
  const hasVisitationOnEntry = new Uint8Array(STATES.length);
  STATES.forEach((state, s) => {
    const shares = settings.visitationOnEntry?.[state];
    const cumulative = cumulativeShares(
      VISITATIONS,
      shares,
      value,
      `Scenario /model/visitationOnEntry/${state}`,
    );
    if (!cumulative) return;
    visitationOnEntry.set(cumulative, s * VISITATIONS.length);
    hasVisitationOnEntry[s] = 1;
  });

  const costs = scenario.costs;
  const ruleParameters: { [name: string]: number } = {};
  for (const [name, quantity] of Object.entries(scenario.parameters)) ruleParameters[name] = value(quantity);

  return {
    quantityValues,
    macro: macroPath({
      start: scenario.start,
      months: model.months,
      change: value(scenario.macro.unemploymentChange),
      fromMonth: scenario.macro.fromMonth ?? scenario.start,
      toMonth: scenario.macro.toMonth ?? scenario.end,
    }),
    transitions: transitionTables(
      {
        transitions: scenario.transitions,
        offerEffects: scenario.activation?.effects ?? {},
        redirects: model.redirects,
      },
      value,
    ),
    activation: activationTables(scenario.activation, value),
    inflow: inflowTables(scenario.inflow, scenario.start, value),
    pensionAge: whole(settings.pensionAge, DEFAULT_PENSION_AGE),
    spellBreakMonths: Math.max(1, whole(settings.spellBreakMonths, DEFAULT_SPELL_BREAK_MONTHS)),
    dagpengeReearnMonths: Math.max(1, whole(settings.dagpengeReearnMonths, DEFAULT_DAGPENGE_REEARN_MONTHS)),
    countedUnemployment,
    countedPartTimeUnemployment: partTime ? share(partTime.countedShare) : countedUnemployment,
    partTimeShare: partTime ? share(partTime.share) : 0,
    visitationOnEntry,
    hasVisitationOnEntry,
    benefit: costs
      ? Float64Array.from(STATES, (state) => {
          const q = costs.benefit[state];
          return q ? Math.max(0, value(q)) : 0;
        })
      : null,
    refusion: Float64Array.from(STATES, (state) => {
      const q = costs?.refusion?.[state];
      return q ? Math.min(1, Math.max(0, value(q))) : 0;
    }),
    ruleParameters,
  };
}
