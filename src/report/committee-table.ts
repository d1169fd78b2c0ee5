/**
 * The committee table: one row per target, as the plan's annex ("Mål i Beskæftigelsesplan …": NR · MÅL ·
 * BEMÆRKNINGER), with what the simulation adds — the level proposed at the chosen ambition, P(reach) with its
 * Monte Carlo standard error, the verdict, the main drivers and the notes. Rows hold numbers and source texts
 * only; `targetGoalText` and `targetRationale` put them into words in either language.
 */
import type { LocalText } from '../rules/facts.ts';
import type { Assumption, SourceReference } from '../rules/rule-file.ts';
import type { BaseScenario, Observation } from '../scenario/scenario.ts';
import type { MonteCarloResult, TargetResult } from '../sim/monte-carlo-result.ts';
import { levelAt } from '../targets/level-at.ts';
import type { Verdict } from '../targets/verdict.ts';
import type { Month } from '../time/month.ts';
import { assumptionLabel, valueAtPointer } from './assumption-label.ts';
import { isAssumption } from './assumption-list.ts';
import type { ReportUnit } from './report-format.ts';

/** `simulated`: has a level and P(reach); `followOnly`: simulated without a level (2a); `unsimulated`: not run. */
export type CommitteeRowKind = 'simulated' | 'followOnly' | 'unsimulated';

/** An uncertain assumption that goes with the target's value, with words and where it comes from. */
export interface RowDriver {
  /** JSON pointer of the Quantity in the resolved scenario. */
  path: string;
  label: LocalText;
  /** Pearson correlation of its draws with the target-month value, −1…1. */
  correlation: number;
  /** True when no source gives the value. */
  assumption: boolean;
}

export interface CommitteeRow {
  /** The plan's number: "1", "2a", … */
  nr: string;
  kind: CommitteeRowKind;
  title: LocalText;
  indicator: string | null;
  unit: ReportUnit;
  direction: 'atMost' | 'atLeast';
  /** The month the level is to be reached. */
  month: Month;
  baseline: { month: Month; value: number; source: SourceReference | Assumption };
  /** The level to reach; undefined when the target sets none. */
  level: number | undefined;
  /** The change from the baseline the level means (−0.2 = 20 % below). */
  relativeChange: number | undefined;
  /** Why the target is not simulated (kind `unsimulated`). */
  reason?: LocalText;
  /** Replications behind the numbers. */
  replications: number;
  /** Median and the 5 %/95 % quantiles of the indicator at the target month (simulated rows). */
  median?: number;
  low?: number;
  high?: number;
  pReach?: number;
  pReachSE?: number;
  verdict?: Verdict;
  /** The probability the proposed level is reached with, e.g. 0.8. */
  ambition: number;
  /** The level reachable with probability `ambition`, exactly as the quantile gives it. */
  proposedLevelExact?: number;
  /** `proposedLevelExact` rounded to a whole unit in the cautious direction (up for ≤ targets, down for ≥). */
  proposedLevel?: number;
  /** Interim statuses of the indicator from the sources, in month order. */
  observations: Observation[];
  /** Strongest drivers first (at most 3, |correlation| ≥ MIN_DRIVER_CORRELATION). */
  drivers: RowDriver[];
  notes: TargetResult['notes'];
}

export interface CommitteeTableOptions {
  /** The wanted probability of reaching the proposed level, 0 < ambition < 1 (the UI offers 0.5–0.95). */
  ambition: number;
}

/** Drivers weaker than this are left out of the text: with 100–1000 replications they are mostly noise. */
export const MIN_DRIVER_CORRELATION = 0.2;
const MAX_DRIVERS = 3;

/**
 * Rounds a reachable level to a whole unit so that the rounded level is reached at least as often: up for an
 * `atMost` target, down for `atLeast`. Binary noise (68.40000000000003) is removed first.
 * @example cautiousLevel(447.3, 'atMost') → 448; cautiousLevel(65.6, 'atLeast') → 65
 */
export function cautiousLevel(level: number, direction: 'atMost' | 'atLeast'): number {
  const clean = Math.round(level * 1e9) / 1e9;
  return direction === 'atMost' ? Math.ceil(clean) : Math.floor(clean);
}

/** The level reachable with probability p: the core's value when it computed that ambition, else from the raw
 * replication values at the target month. */
function reachableLevel(result: MonteCarloResult, target: TargetResult, p: number): number | undefined {
  const known = target.levelAt?.[String(p)];
  if (known !== undefined) return known;
  const { context, raw } = result;
  const k = context.indicators.findIndex((indicator) => indicator.id === target.indicator);
  const t = context.months.indexOf(target.month);
  const series = raw.indicators[k];
  const replications = raw.to - raw.from;
  if (!series || t < 0 || replications <= 0) return undefined;
  const months = context.months.length;
  const values = Float64Array.from({ length: replications }, (_, r) => series[r * months + t] ?? NaN);
  return levelAt(values, target.direction, p);
}

/**
 * @example committeeTable(result, scenario, { ambition: 0.8 })[0]
 *   → { nr: "1", kind: "simulated", level: 428, pReach: 0.43, proposedLevel: 456, verdict: {id: "veryAmbitious"…} … }
 */
export function committeeTable(
  result: MonteCarloResult,
  scenario: BaseScenario,
  options: CommitteeTableOptions,
): CommitteeRow[] {
  const { ambition } = options;
  if (!(ambition > 0 && ambition < 1)) {
    throw new RangeError(`The ambition must be a probability between 0 and 1 (e.g. 0.8), got ${ambition}.`);
  }
  const replications = result.raw.to - result.raw.from;
  return result.targets.map((target): CommitteeRow => {
    const source = scenario.targets.find((t) => t.id === target.id)?.baseline.source ?? {
      document: scenario.id,
    };
    const definition = result.context.indicators.find((indicator) => indicator.id === target.indicator);
    const kind: CommitteeRowKind = !target.simulated
      ? 'unsimulated'
      : target.level === undefined
        ? 'followOnly'
        : 'simulated';
    const row: CommitteeRow = {
      nr: target.id,
      kind,
      title: target.title,
      indicator: target.indicator,
      unit: definition?.kind === 'ratio' ? 'percent' : 'persons',
      direction: target.direction,
      month: target.month,
      baseline: { ...target.baseline, source },
      level: target.level,
      relativeChange: target.relativeChange,
      replications,
      ambition,
      observations: result.context.observations
        .filter((observation) => observation.indicator === target.indicator && target.indicator !== null)
        .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
      drivers: [],
      notes: target.notes,
    };
    if (kind === 'unsimulated') return { ...row, reason: target.reason ?? { da: '', en: '' } };
    const quantiles = target.distribution?.quantiles;
    if (quantiles) {
      row.median = quantiles['0.5'];
      row.low = quantiles['0.05'];
      row.high = quantiles['0.95'];
    }
    if (target.pReach !== undefined) row.pReach = target.pReach;
    if (target.pReachSE !== undefined) row.pReachSE = target.pReachSE;
    if (target.verdict) row.verdict = target.verdict;
    const exact = reachableLevel(result, target, ambition);
    if (exact !== undefined) {
      row.proposedLevelExact = exact;
      row.proposedLevel = cautiousLevel(exact, target.direction);
    }
    row.drivers = (target.drivers ?? [])
      .filter((driver) => Math.abs(driver.correlation) >= MIN_DRIVER_CORRELATION)
      .slice(0, MAX_DRIVERS)
      .map((driver) => {
        const quantity = valueAtPointer(scenario, driver.path) as
          { source?: SourceReference | Assumption } | undefined;
        return {
          path: driver.path,
          label: assumptionLabel(driver.path, scenario),
          correlation: driver.correlation,
          assumption: quantity?.source ? isAssumption(quantity.source) : true,
        };
      });
    return row;
  });
}
