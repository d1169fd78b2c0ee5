/**
 * The public types of calibration: what goes in (a resolved scenario, its rule set, observed series), the
 * options, and what comes out (calibrated parameters with their uncertainty, the fit per series, the calibrated
 * scenario file). The app's Data view calls calibrateScenario in a Web Worker with these types, so everything
 * here is plain, structured-clone-safe data (no functions except the optional progress callback and signal).
 */
import type { Cohort } from '../cohort/cohort.ts';
import type { LocalText, State } from '../rules/facts.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import type { DerivedScenario, ResolvedScenario } from '../scenario/scenario.ts';
import type { Month } from '../time/month.ts';

/** What an observed series measures: a rule indicator ("langtidsledige") or the number of persons in a state. */
export type SeriesTarget = { kind: 'indicator'; id: string } | { kind: 'state'; id: State };

/** One observed figure. */
export interface ObservedPoint {
  month: Month;
  /** In the indicator's unit (persons, or per cent for a ratio indicator); persons for a state. */
  value: number;
}

/** A series of observed figures of one indicator or state. */
export interface ObservedSeries {
  /** Unique id, e.g. "indicator:langtidsledige" or "ydelse:kontanthjaelp"; used as "calibrated from". */
  id: string;
  target: SeriesTarget;
  /** In month order, one point per month. */
  points: ObservedPoint[];
  /** Where the figures come from: a file name, or "scenario" for the scenario's baselines and observations. */
  source: string;
  /** Relative weight of the series in the objective. @default 1 */
  weight?: number;
}

/** The kinds of calibrated parameters. */
export const PARAMETER_KINDS = ['exitMultiplier', 'inflowMultiplier', 'macroElasticityShift'] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

/**
 * One calibrated parameter. `exitMultiplier` multiplies every base exit probability of `state`;
 * `inflowMultiplier` multiplies the mean of every inflow stream into `state`; `macroElasticityShift` is added to
 * every macro elasticity of the transitions (one shared parameter).
 */
export interface ParameterChoice {
  kind: ParameterKind;
  /** The state (exitMultiplier, inflowMultiplier); absent for macroElasticityShift. */
  state?: State;
}

/** A parameter as the calibration treats it. */
export interface CalibrationParameter extends ParameterChoice {
  /** "exits:kontanthjaelp", "inflow:kontanthjaelp", "macro". */
  id: string;
  /** JSON pointers of the scenario Quantities it changes. */
  paths: string[];
  /** The scale it is optimised on: multipliers on log scale, the shift as it is. */
  scale: 'log' | 'linear';
  /** Starting value (1 for multipliers, 0 for the shift). */
  start: number;
  /** Prior standard deviation on the optimisation scale: keeps a parameter the data hardly inform near start. */
  priorSd: number;
}

/** A calibrated parameter: its value and uncertainty. */
export interface CalibratedParameter extends CalibrationParameter {
  /** The fitted value (natural scale: a multiplier or a shift). */
  value: number;
  /** Standard error on the optimisation scale (log for multipliers): the marginal posterior spread. */
  standardError: number;
  /**
   * Standard deviation (optimisation scale) of the normal uncertainty written into the parameter's Quantities:
   * the conditional spread given the other parameters. Quantities are drawn independently, so the marginal
   * spread of parameters the data tie together (an exit and an inflow rate of the same stock) would, drawn
   * independently, scatter the stock far more than the data allow.
   */
  drawnSd: number;
  /** Central 80 % interval on the natural scale. */
  low: number;
  high: number;
}

/** Error figures of fitted against observed values. */
export interface FitErrors {
  /** Points compared. */
  count: number;
  /** Root mean squared error, in the series' unit; NaN without points. */
  rmse: number;
  /** Mean absolute percentage error, in per cent (points with observed 0 left out); NaN without points. */
  mape: number;
  /** Share of observed values inside the 80 % band (0–1); NaN without points. */
  coverage: number;
}

/** The fit of one series: observed against the calibrated model, month by month (chart data). */
export interface SeriesFit {
  seriesId: string;
  target: SeriesTarget;
  source: string;
  /** The observed months, in order. */
  months: Month[];
  observed: number[];
  /** Simulated mean of the calibrated model (with its parameter uncertainty) at each month. */
  fittedMean: number[];
  /** Median over the replications at each month. */
  fittedMedian: number[];
  /** 10 % and 90 % quantiles over the replications: the 80 % band. */
  fittedLow: number[];
  fittedHigh: number[];
  /** Per month: true when the point was used in the fit, false when held out (after `until`) or outside the run. */
  used: boolean[];
  /** Errors over the points used in the fit. */
  fit: FitErrors;
  /** Errors over the held-out points (after `until`), inside the run. */
  heldOut: FitErrors;
}

/** Progress of a calibration, for a progress bar. */
export interface CalibrationProgress {
  phase: 'fit' | 'uncertainty' | 'projection';
  /** Objective evaluations (simulations) done in this phase. */
  done: number;
  /** Upper bound on the evaluations of this phase. */
  total: number;
  /** Best objective so far (phase "fit"). */
  best?: number;
}

export interface CalibrationOptions {
  /** Parameters to fit; default chosen from the data (see chooseParameters). */
  parameters?: ParameterChoice[];
  /** Replications per evaluation of the objective (common random numbers: the same at every evaluation). @default 24 */
  replications?: number;
  /** Replications of the final projection that gives the fitted bands. @default 200 */
  projectionReplications?: number;
  /** Seed of the calibration's simulations. @default the scenario's seed */
  seed?: number;
  /** Only points up to this month (inclusive) are fitted; later ones are held out and scored. */
  until?: Month;
  /** Most Nelder–Mead iterations per simplex. @default 60 × parameters */
  maxIterations?: number;
  /** Most restarts of the simplex from its best point (each while it still gains ≥ 1). @default 2 */
  restarts?: number;
  /** A month-0 cohort to use instead of the scenario's synthetic one (tests, imported persons). */
  cohort?: Cohort;
  /** Passed to prepareModel: false forces the eval-free kernel. */
  codegen?: boolean;
  /** Id of the calibrated scenario file. @default "<scenario id>-kalibreret" */
  calibratedId?: string;
  onProgress?: (progress: CalibrationProgress) => void;
  /** Checked before each evaluation; when aborted, calibration throws. */
  signal?: { readonly aborted: boolean };
}

export interface CalibrationInput {
  scenario: ResolvedScenario;
  ruleSet: RuleSet;
  /** The observed series (from imported tables: seriesFromTable; from the scenario: scenarioSeries). */
  series: ObservedSeries[];
}

export interface CalibrationResult {
  parameters: CalibratedParameter[];
  fits: SeriesFit[];
  /** Objective (weighted sum of squares plus prior penalty) at the start and at the optimum. */
  objective: { start: number; final: number };
  /** Simulations run by the optimiser. */
  evaluations: number;
  /**
   * Over-dispersion factor φ ≥ 1 by which the standard errors were widened: the residuals' spread relative to
   * the simulation's own noise (1 when the model explains the data as well as its own randomness allows).
   */
  dispersion: number;
  /** Held-out points over all series: errors and coverage of the 80 % bands. */
  heldOut: FitErrors;
  /** The calibrated scenario file: `extends` the input scenario with overrides at the calibrated paths. */
  scenario: DerivedScenario;
  /** The calibrated scenario resolved (what the projection ran). */
  resolved: ResolvedScenario;
  /** Things the user should know (series points outside the run, parameters the data do not inform…). */
  warnings: LocalText[];
}
