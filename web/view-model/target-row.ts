/**
 * What the target board shows for one target: a view-model of our own, so the board does not depend on the
 * simulation core's result type. `targetRows` (adapt-target-rows.ts) maps the core's MonteCarloResult onto it.
 * Nothing here is computed by the UI: every number arrives from the core.
 */
import { VERDICTS as CORE_VERDICTS, type VerdictId } from '../../src/targets/verdict.ts';
import type { ChartUnit, FanChartData, FanTarget } from '../charts/fan-chart-data.ts';
import type { Locale } from '../i18n/locales.ts';

/** A text from the scenario or the sources: Danish always, English when someone wrote it (falls back to Danish). */
export type LocalizedText = { da: string } & Partial<Record<Exclude<Locale, 'da'>, string>>;

/**
 * The core's verdict band on P(reach) (src/targets/verdict.ts): `safe` ("sikkert", ≥ 90 % by default),
 * `realistic` ("ambitiøst og realistisk", ≥ 50 %), `veryAmbitious` ("meget ambitiøst", ≥ 20 %), `unrealistic`.
 */
export type Verdict = VerdictId;
export const VERDICTS: readonly Verdict[] = CORE_VERDICTS;

/** A value at a month, e.g. the baseline "535 persons in Dec 2013". */
export interface ValueAtMonth {
  /** In the row's unit (persons, or a share 0–1 for `percent`). */
  value: number;
  /** "YYYY-MM". */
  month: string;
}

/** The level that is reached with a given probability: the board shows the one matching the user's ambition. */
export interface ReachableLevel {
  /** 0.5–0.95, e.g. 0.8. */
  probability: number;
  /** In the row's unit; for an `atMost` target the level the indicator stays at or below with that probability. */
  level: number;
}

/** A remark on the target, shown in the notes column; `inconsistency` gets a visible warning marker. */
export interface TargetNote {
  /** `inconsistency`: in the source's own figures; `baseline`: the model does not reproduce the baseline. */
  kind: 'note' | 'inconsistency' | 'baseline';
  text: LocalizedText;
}

/** The simulation ran and the target has a level: P(reach) and the levels reachable per ambition. */
export interface SimulatedResult {
  status: 'simulated';
  /** P(reach) at the target month, 0–1. */
  pReach: number;
  /** Monte Carlo standard error of pReach, sqrt(p(1 − p)/R). */
  pReachSE: number;
  /** Replications the numbers rest on (fewer than asked while the run refines). */
  replications: number;
  verdict: Verdict;
  /** Ascending by probability; the board picks the entry nearest the chosen ambition. */
  reachable: ReachableLevel[];
}

/** Simulated, but the target has no level (e.g. 2a ressourceforløbsydelse: follow only). */
export interface FollowOnlyResult {
  status: 'followOnly';
  /** Levels reachable per ambition, if the core offers them as a proposal. */
  reachable: ReachableLevel[];
}

/** Not simulated, with the reason (e.g. 8 samarbejdsgrad: needs firm data the scenario does not have). */
export interface UnsimulatedResult {
  status: 'unsimulated';
  reason: LocalizedText;
}

export type TargetResult = SimulatedResult | FollowOnlyResult | UnsimulatedResult;

/** One row of the target board. */
export interface TargetRow {
  /** Stable id, e.g. "2a"; used for keys and events. */
  id: string;
  /** The number in the plan's annex table, e.g. "2a". */
  nr: string;
  /** The indicator as the plan words it, e.g. "Unge under 30 på offentlig forsørgelse". */
  indicator: LocalizedText;
  unit: ChartUnit;
  /** The starting point; undefined when the source sets none. */
  baseline?: ValueAtMonth;
  /** The resultatniveau; undefined for follow-only and unset ("X") targets. */
  target?: FanTarget;
  result: TargetResult;
  /** The simulated fan for the sparkline; undefined when not simulated. */
  fan?: FanChartData;
  notes: TargetNote[];
}

/** The text in the wanted language, or the Danish original. */
export function localized(text: LocalizedText, locale: Locale): string {
  return (locale === 'da' ? undefined : text[locale]) ?? text.da;
}
