/**
 * The result of a Monte Carlo run (or of a slice of its replications): every replication's values, compact, and
 * the summaries computed from them. A slice carries what mergeMonteCarlo needs to rebuild the one-run result,
 * so that the summaries never depend on how the replications were split.
 */
import type { BaselineMismatch } from '../targets/baseline-deviates.ts';
import type { LocalText } from '../rules/facts.ts';
import type { Observation, Target, VerdictThresholds } from '../scenario/scenario.ts';
import type { Summary } from '../targets/summarise.ts';
import type { Verdict } from '../targets/verdict.ts';
import type { TargetLevelNote } from '../targets/resolve-target-level.ts';
import type { Month } from '../time/month.ts';
import type { IndicatorDefinition } from './indicator-layout.ts';

/** What the summaries need besides the values: fixed by the scenario and the rules, the same in every slice. */
export interface SummaryContext {
  scenario: string;
  seed: number;
  /** Replications of the whole run (R). */
  replications: number;
  months: Month[];
  indicators: IndicatorDefinition[];
  targets: Target[];
  observations: Observation[];
  ambitions: number[];
  verdicts: VerdictThresholds;
  /** JSON pointers of the uncertain Quantities, in the order of `parameters.values`. */
  uncertainPaths: string[];
}

/** Every replication's values of a slice [from, to) of the replications. */
export interface MonteCarloValues {
  from: number;
  to: number;
  /** Per indicator (context order): values[(r − from) × months + t]. */
  indicators: Float64Array[];
  /** Net cost in kroner, [(r − from) × months + t]; null without a cost model. */
  costs: Float64Array | null;
  /** Persons per state, [((r − from) × STATES.length + state) × months + t]. */
  states: Float64Array;
  /** Drawn uncertain Quantities, [(r − from) × paths + j]. */
  parameters: Float64Array;
  /** Person-months whose exit probabilities had to be scaled down. */
  cappedPersonMonths: number;
}

/** Mean and quantiles of a series over the replications, one entry per month. */
export interface SeriesSummary {
  mean: number[];
  /** Keyed "0.025", "0.05", "0.1", "0.25", "0.5", "0.75", "0.9", "0.95", "0.975". */
  quantiles: { [p: string]: number[] };
}

export interface IndicatorResult extends SeriesSummary {
  id: string;
  kind: IndicatorDefinition['kind'];
  window: number;
  /** All replication values of the slice, [(r − from) × months + t]. */
  values: Float64Array;
}

/** An uncertain assumption and how strongly its draws go with a target's values (Pearson, −1…1). */
export interface Driver {
  path: string;
  correlation: number;
}

export interface TargetResult {
  id: string;
  indicator: string | null;
  title: LocalText;
  direction: Target['direction'];
  month: Month;
  baseline: { month: Month; value: number };
  /** The level to reach; undefined when the target gives none (the output proposes levelAt). */
  level: number | undefined;
  /** The change from the baseline the level means. */
  relativeChange: number | undefined;
  notes: (TargetLevelNote | BaselineMismatch | { kind: 'note'; text: LocalText })[];
  simulated: boolean;
  /** Why not simulated (when `simulated` is false). */
  reason?: LocalText;
  /** Simulated mean at the baseline month (it should equal the baseline); undefined outside the run. */
  simulatedBaseline?: number;
  /** The indicator's distribution over the replications at the target month. */
  distribution?: Summary;
  /** P(reach) and its Monte Carlo standard error; undefined without a level or when not simulated. */
  pReach?: number;
  pReachSE?: number;
  /** The level reachable with each ambition probability, keyed "0.5", "0.7", "0.9". */
  levelAt?: { [p: string]: number };
  verdict?: Verdict;
  /** Uncertain assumptions whose draws go most with the target-month value, strongest first (at most 5). */
  drivers?: Driver[];
}

export interface MonteCarloResult {
  context: SummaryContext;
  raw: MonteCarloValues;
  indicators: IndicatorResult[];
  costs: SeriesSummary | null;
  /** Mean persons per state and month, keyed by state. */
  states: { [state: string]: number[] };
  targets: TargetResult[];
}
