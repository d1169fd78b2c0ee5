/**
 * The target board's rows from the core's MonteCarloResult. P(reach), its standard error, the verdict, notes
 * and reasons are the core's; the only numbers made here are the levels reachable at the ambition steps of the
 * board's control, each `levelAt` (src/targets/level-at.ts) over the replication values at the target month —
 * the core's own function, so the board's level at 70 % equals the core's `levelAt["0.7"]`.
 */
import type { Target } from '../../src/scenario/scenario.ts';
import type { MonteCarloResult, TargetResult } from '../../src/sim/monte-carlo-result.ts';
import { levelAt } from '../../src/targets/level-at.ts';
import type { Locale } from '../i18n/locales.ts';
import { indicatorFan, indicatorUnit } from './indicator-fan.ts';
import type { ReachableLevel, TargetNote, TargetRow } from './target-row.ts';

/** The ambition control's steps (50 %, 55 % … 95 %), the probabilities the board offers levels for. */
export const AMBITION_STEPS: readonly number[] = Array.from({ length: 10 }, (_, i) => (50 + 5 * i) / 100);

/**
 * The replication values of an indicator at a month, in replication order (a selection, no computation), or
 * undefined when the run has neither.
 */
export function valuesAtMonth(
  result: MonteCarloResult,
  indicator: string,
  month: string,
): Float64Array | undefined {
  const series = result.indicators.find((candidate) => candidate.id === indicator);
  const t = result.context.months.indexOf(month);
  if (!series || t < 0) return undefined;
  const months = result.context.months.length;
  const replications = result.raw.to - result.raw.from;
  return Float64Array.from({ length: replications }, (_, r) => series.values[r * months + t] ?? Number.NaN);
}

/** `targetRows(result, 'da')` → one board row per target of the run, in the scenario's order. */
export function targetRows(
  result: MonteCarloResult,
  locale: Locale,
  ambitions: readonly number[] = AMBITION_STEPS,
): TargetRow[] {
  const replications = result.raw.to - result.raw.from;
  return result.targets.map((core, i): TargetRow => {
    const target = result.context.targets[i];
    if (!target || target.id !== core.id) {
      throw new Error(`The run's target ${i} is "${core.id}", its scenario's "${target?.id ?? 'none'}".`);
    }
    const definition = result.context.indicators.find((candidate) => candidate.id === core.indicator);
    const { unit, scale } = indicatorUnit(definition?.kind ?? 'count');
    const notes = core.notes.map((note): TargetNote => ({
      kind:
        note.kind === 'relativeChangeMismatch'
          ? 'inconsistency'
          : note.kind === 'baselineMismatch'
            ? 'baseline'
            : 'note',
      text: note.text,
    }));
    const row: TargetRow = {
      id: core.id,
      nr: core.id,
      indicator: core.title,
      unit,
      notes,
      result: { status: 'unsimulated', reason: core.reason ?? { da: '—' } },
    };
    // A target that can be neither simulated nor has a level (the seed's "X") has no real baseline either.
    if (core.simulated || core.level !== undefined) {
      row.baseline = { value: core.baseline.value * scale, month: core.baseline.month };
    }
    if (core.level !== undefined) {
      row.target = { level: core.level * scale, month: core.month, direction: core.direction };
    }
    if (!core.simulated || core.indicator === null || replications === 0) return row;
    const fan = indicatorFan(result, core.indicator, target, locale);
    if (fan) row.fan = fan;
    const reachable = reachableLevels(result, core, target, ambitions, scale);
    row.result =
      core.pReach !== undefined && core.verdict !== undefined
        ? {
            status: 'simulated',
            pReach: core.pReach,
            pReachSE: core.pReachSE ?? 0,
            replications,
            verdict: core.verdict.id,
            reachable,
          }
        : { status: 'followOnly', reachable };
    return row;
  });
}

function reachableLevels(
  result: MonteCarloResult,
  core: TargetResult,
  target: Target,
  ambitions: readonly number[],
  scale: number,
): ReachableLevel[] {
  const values = core.indicator === null ? undefined : valuesAtMonth(result, core.indicator, target.month);
  if (!values || values.length === 0) return [];
  return [...ambitions]
    .sort((a, b) => a - b)
    .map((probability) => ({ probability, level: levelAt(values, target.direction, probability) * scale }));
}
