/**
 * Builds a MonteCarloResult from the replication values of a slice: per indicator and month the mean and
 * quantiles, the cost series, mean persons per state, and the target results. The same values in the same
 * order give the same bytes, however the replications were computed.
 */
import { STATES } from '../rules/facts.ts';
import { SUMMARY_PROBABILITIES, summarise } from '../targets/summarise.ts';
import type {
  MonteCarloResult,
  MonteCarloValues,
  SeriesSummary,
  SummaryContext,
} from './monte-carlo-result.ts';
import { targetResults } from './target-results.ts';

/** Mean and quantiles per month of series[r × months + t]. */
export function summariseSeries(series: Float64Array, replications: number, months: number): SeriesSummary {
  const mean: number[] = [];
  const quantiles: { [p: string]: number[] } = {};
  for (const p of SUMMARY_PROBABILITIES) quantiles[String(p)] = [];
  const column = new Float64Array(replications);
  for (let t = 0; t < months; t++) {
    if (replications === 0) {
      mean.push(NaN);
      for (const p of SUMMARY_PROBABILITIES) quantiles[String(p)]?.push(NaN);
      continue;
    }
    for (let r = 0; r < replications; r++) column[r] = series[r * months + t] ?? NaN;
    const summary = summarise(column);
    mean.push(summary.mean);
    for (const p of SUMMARY_PROBABILITIES) quantiles[String(p)]?.push(summary.quantiles[String(p)] ?? NaN);
  }
  return { mean, quantiles };
}

export function summariseMonteCarlo(context: SummaryContext, raw: MonteCarloValues): MonteCarloResult {
  const months = context.months.length;
  const replications = raw.to - raw.from;
  const states: { [state: string]: number[] } = {};
  STATES.forEach((state, s) => {
    const mean = new Array<number>(months).fill(0);
    for (let r = 0; r < replications; r++) {
      const offset = (r * STATES.length + s) * months;
      for (let t = 0; t < months; t++) mean[t] = (mean[t] ?? 0) + (raw.states[offset + t] ?? 0);
    }
    states[state] = mean.map((sum) => (replications > 0 ? sum / replications : NaN));
  });
  return {
    context,
    raw,
    indicators: context.indicators.map((definition, k) => {
      const values = raw.indicators[k] ?? new Float64Array(0);
      return {
        id: definition.id,
        kind: definition.kind,
        window: definition.window,
        values,
        ...summariseSeries(values, replications, months),
      };
    }),
    costs: raw.costs ? summariseSeries(raw.costs, replications, months) : null,
    states,
    targets: targetResults(context, raw),
  };
}
