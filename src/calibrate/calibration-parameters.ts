/**
 * Which transition parameters a calibration fits, and the scenario Quantities each one moves. A small vector:
 * per state a multiplier on all its base exit probabilities and one on all its inflow means, plus one shift of
 * every macro elasticity. Without an explicit choice, the data decide: states observed directly, else the
 * states holding at least MIN_STOCK_SHARE of the month-0 cohort; the macro shift only when the fitted points
 * reach MIN_MACRO_MONTHS into the run (before that the unemployment path has hardly moved and says nothing).
 */
import { ABSORBING_STATES, STATES, type State } from '../rules/facts.ts';
import type { Quantity, ResolvedScenario } from '../scenario/scenario.ts';
import { monthsBetween, type Month } from '../time/month.ts';
import { quantityAt } from './apply-parameters.ts';
import type { CalibrationParameter, ObservedSeries, ParameterChoice } from './calibration-types.ts';

/** Share of the month-0 cohort a state needs to get parameters when only indicators are observed. */
export const MIN_STOCK_SHARE = 0.05;
/** Months after the start the fitted points must reach before the macro elasticity is fitted. */
export const MIN_MACRO_MONTHS = 9;
/**
 * Prior standard deviation of a multiplier on log scale when the scenario states no uncertainty for its
 * Quantities: 0.5 lets the data move a rate by a factor of 1.6 at one standard deviation, yet keeps a rate the
 * data do not inform near the scenario's value.
 */
export const MULTIPLIER_PRIOR_SD = 0.5;
/** Prior standard deviation of the macro elasticity shift without a stated uncertainty. */
export const MACRO_PRIOR_SD = 0.5;
/** Smallest prior standard deviation taken from a scenario's stated uncertainty (log scale or elasticity). */
export const MIN_PRIOR_SD = 0.05;

/** Standard deviation of a Quantity's uncertainty distribution, or undefined when it is certain. */
function quantitySd(quantity: Quantity): number | undefined {
  const u = quantity.uncertainty;
  if (!u) return undefined;
  const [l, m, h] = [u.low, quantity.value, u.high];
  if (u.distribution === 'normal') return (h - l) / 3.92;
  if (u.distribution === 'uniform') return (h - l) / Math.sqrt(12);
  return Math.sqrt(Math.max(0, (l * l + m * m + h * h - l * m - l * h - m * h) / 18));
}

/**
 * The prior: the scenario's own stated uncertainty of the largest uncertain Quantity the parameter moves
 * (relative, for a multiplier), so that the calibration starts from what the scenario already claims; the
 * default when none of them is uncertain.
 */
function priorSd(scenario: ResolvedScenario, paths: readonly string[], scale: 'log' | 'linear'): number {
  const uncertain = paths
    .map((path) => quantityAt(scenario, path))
    .filter((q) => q.uncertainty !== undefined);
  const largest = uncertain.sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
  const sd = largest ? quantitySd(largest) : undefined;
  if (sd === undefined || !largest) return scale === 'log' ? MULTIPLIER_PRIOR_SD : MACRO_PRIOR_SD;
  const relative = scale === 'log' ? sd / Math.abs(largest.value || 1) : sd;
  return Math.max(MIN_PRIOR_SD, relative);
}

/** Persons per state at month 0, from the first cohort table with a ydelse dimension. */
function stockByState(scenario: ResolvedScenario): Map<State, number> {
  const stock = new Map<State, number>();
  const table = scenario.cohort.tables.find((t) => t.dimensions.includes('ydelse'));
  for (const cell of table?.cells ?? []) {
    const state = cell.at.ydelse;
    if (state !== undefined) stock.set(state, (stock.get(state) ?? 0) + cell.count);
  }
  return stock;
}

/** The default parameters for these series fitted up to `until` (see the file comment). */
export function chooseParameters(
  scenario: ResolvedScenario,
  series: readonly ObservedSeries[],
  until?: Month,
): ParameterChoice[] {
  const observedStates = new Set(series.flatMap((s) => (s.target.kind === 'state' ? [s.target.id] : [])));
  const hasIndicators = series.some((s) => s.target.kind === 'indicator');
  const stock = stockByState(scenario);
  const total = [...stock.values()].reduce((a, b) => a + b, 0);
  const states = STATES.filter(
    (state) =>
      observedStates.has(state) ||
      (hasIndicators && total > 0 && (stock.get(state) ?? 0) >= MIN_STOCK_SHARE * total),
  );
  const choices: ParameterChoice[] = [];
  for (const state of states) {
    const exits = scenario.transitions[state]?.exits ?? {};
    // Exits only to absorbing states (udrejst from førtidspension) hardly move any series: not worth a parameter.
    if (Object.keys(exits).some((to) => !(ABSORBING_STATES as readonly string[]).includes(to))) {
      choices.push({ kind: 'exitMultiplier', state });
    }
    if (scenario.inflow.some((stream) => stream.state === state))
      choices.push({ kind: 'inflowMultiplier', state });
  }
  const lastMonth = series
    .flatMap((s) => s.points.map((p) => p.month))
    .filter((m) => until === undefined || m <= until)
    .reduce<Month | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  const reach = lastMonth === undefined ? 0 : monthsBetween(scenario.start, lastMonth);
  const hasMacro = Object.values(scenario.transitions).some((t) => t.macroElasticity !== undefined);
  if (hasMacro && reach >= MIN_MACRO_MONTHS) choices.push({ kind: 'macroElasticityShift' });
  return choices;
}

/** The parameters of the choices with their paths; throws when a choice moves no Quantity of the scenario. */
export function calibrationParameters(
  scenario: ResolvedScenario,
  choices: readonly ParameterChoice[],
): CalibrationParameter[] {
  return choices.map((choice): CalibrationParameter => {
    const state = choice.state;
    if (choice.kind === 'macroElasticityShift') {
      const paths = Object.entries(scenario.transitions).flatMap(([s, t]) =>
        t.macroElasticity ? [`/transitions/${escape(s)}/macroElasticity`] : [],
      );
      if (paths.length === 0)
        throw new Error('The scenario has no macro elasticity in /transitions to calibrate.');
      return {
        ...choice,
        id: 'macro',
        paths,
        scale: 'linear',
        start: 0,
        priorSd: priorSd(scenario, paths, 'linear'),
      };
    }
    if (state === undefined) throw new Error(`A parameter of kind "${choice.kind}" needs a state.`);
    if (choice.kind === 'exitMultiplier') {
      const exits = scenario.transitions[state]?.exits ?? {};
      const paths = Object.keys(exits).map((to) => `/transitions/${escape(state)}/exits/${escape(to)}`);
      if (paths.length === 0) throw new Error(`/transitions/${state} has no exits to calibrate.`);
      return {
        ...choice,
        id: `exits:${state}`,
        paths,
        scale: 'log',
        start: 1,
        priorSd: priorSd(scenario, paths, 'log'),
      };
    }
    const paths = scenario.inflow.flatMap((stream, i) =>
      stream.state === state ? [`/inflow/${i}/perMonth`] : [],
    );
    if (paths.length === 0)
      throw new Error(`No inflow stream enters "${state}"; there is no inflow to calibrate.`);
    return {
      ...choice,
      id: `inflow:${state}`,
      paths,
      scale: 'log',
      start: 1,
      priorSd: priorSd(scenario, paths, 'log'),
    };
  });
}
