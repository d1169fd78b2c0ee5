/**
 * Per target: the distribution of its indicator at the target month over the replications, P(reach) with its
 * Monte Carlo standard error, the level reachable with each ambition probability, the verdict band, and the
 * uncertain assumptions that drive it. Targets the model cannot simulate stay in the output with the reason.
 */
import type { LocalText } from '../rules/facts.ts';
import type { Target } from '../scenario/scenario.ts';
import { baselineDeviates, baselineMismatch } from '../targets/baseline-deviates.ts';
import { levelAt } from '../targets/level-at.ts';
import { pReach } from '../targets/p-reach.ts';
import { resolveTargetLevel } from '../targets/resolve-target-level.ts';
import { summarise } from '../targets/summarise.ts';
import { verdict } from '../targets/verdict.ts';
import { assumptionDrivers } from './assumption-drivers.ts';
import type { MonteCarloValues, SummaryContext, TargetResult } from './monte-carlo-result.ts';

const OUTSIDE_RUN: LocalText = {
  da: 'Målets måned ligger uden for den simulerede periode.',
  en: 'The target month lies outside the simulated period.',
};
const NO_REASON: LocalText = { da: 'Målet kan ikke simuleres.', en: 'The target cannot be simulated.' };

/** Replication values of one indicator at month t, in replication order. */
function valuesAt(series: Float64Array, replications: number, months: number, t: number): Float64Array {
  return Float64Array.from({ length: replications }, (_, r) => series[r * months + t] ?? NaN);
}

export function targetResults(context: SummaryContext, raw: MonteCarloValues): TargetResult[] {
  const months = context.months.length;
  const replications = raw.to - raw.from;
  return context.targets.map((target: Target): TargetResult => {
    const level = resolveTargetLevel(target);
    const result: TargetResult = {
      id: target.id,
      indicator: target.indicator,
      title: target.title,
      direction: target.direction,
      month: target.month,
      baseline: { month: target.baseline.month, value: target.baseline.value },
      level: level.level,
      relativeChange: level.relativeChange,
      notes: [...level.notes, ...(target.notes ?? []).map((text) => ({ kind: 'note' as const, text }))],
      simulated: false,
    };
    const k = context.indicators.findIndex((d) => d.id === target.indicator);
    const series = raw.indicators[k];
    if (target.simulated === false || target.indicator === null || !series) {
      return { ...result, reason: target.reason ?? NO_REASON };
    }
    const t = context.months.indexOf(target.month);
    if (t < 0) return { ...result, reason: OUTSIDE_RUN };
    result.simulated = true;
    if (replications === 0) return result;
    const values = valuesAt(series, replications, months, t);
    const b = context.months.indexOf(target.baseline.month);
    if (b >= 0) {
      let sum = 0;
      for (let r = 0; r < replications; r++) sum += series[r * months + b] ?? 0;
      result.simulatedBaseline = sum / replications;
      if (baselineDeviates({ month: b, mean: result.simulatedBaseline }, target.baseline.value)) {
        const ratio = context.indicators[k]?.kind === 'ratio';
        result.notes.push(baselineMismatch(result.simulatedBaseline, target, ratio));
      }
    }
    result.distribution = summarise(values);
    if (level.level !== undefined) {
      const reach = pReach(values, target.direction, level.level);
      result.pReach = reach.p;
      result.pReachSE = reach.se;
      result.verdict = verdict(reach.p, context.verdicts);
    }
    result.levelAt = Object.fromEntries(
      context.ambitions.map((p) => [String(p), levelAt(values, target.direction, p)]),
    );
    result.drivers = assumptionDrivers(values, raw.parameters, context.uncertainPaths);
    return result;
  });
}
