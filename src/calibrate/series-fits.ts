/**
 * Observed series against a projection: per series and month the observed value, the simulated mean and the
 * 80 % band (10 % and 90 % quantiles over the replications), whether the point was fitted or held out, and the
 * error figures of each part. The chart data of the Data view and the backtest's table.
 */
import type { MonteCarloResult } from '../sim/monte-carlo-result.ts';
import { quantile, sortedCopy } from '../targets/quantile.ts';
import { monthIndex, type Month } from '../time/month.ts';
import type { FitErrors, ObservedSeries, SeriesFit } from './calibration-types.ts';
import { mean } from './calibration-objective.ts';
import { fitErrors, type ComparedPoint } from './fit-errors.ts';
import { hasTarget, seriesSamples } from './series-samples.ts';

/** The band's probability: the central 80 %. */
export const BAND = { low: 0.1, high: 0.9 } as const;

/** The month index of `month` in the run, or undefined outside it. */
export function runIndex(months: readonly Month[], month: Month): number | undefined {
  const first = months[0];
  if (first === undefined) return undefined;
  const t = monthIndex(month) - monthIndex(first);
  return t >= 0 && t < months.length ? t : undefined;
}

/** Fits of the series the projection can compare (its indicators and states); others are left out. */
export function seriesFits(
  result: MonteCarloResult,
  series: readonly ObservedSeries[],
  until: Month | undefined,
): { fits: SeriesFit[]; heldOut: FitErrors } {
  const months = result.context.months;
  const allHeldOut: ComparedPoint[] = [];
  const fits = series
    .filter((s) => hasTarget(result, s.target))
    .map((s): SeriesFit => {
      const fit: SeriesFit = {
        seriesId: s.id,
        target: s.target,
        source: s.source,
        months: [],
        observed: [],
        fittedMean: [],
        fittedMedian: [],
        fittedLow: [],
        fittedHigh: [],
        used: [],
        fit: fitErrors([]),
        heldOut: fitErrors([]),
      };
      const used: ComparedPoint[] = [];
      const heldOut: ComparedPoint[] = [];
      for (const point of s.points) {
        const t = runIndex(months, point.month);
        fit.months.push(point.month);
        fit.observed.push(point.value);
        if (t === undefined) {
          fit.fittedMean.push(NaN);
          fit.fittedMedian.push(NaN);
          fit.fittedLow.push(NaN);
          fit.fittedHigh.push(NaN);
          fit.used.push(false);
          continue;
        }
        const samples = seriesSamples(result, s.target, t);
        const sorted = sortedCopy(samples);
        const compared = {
          observed: point.value,
          mean: mean(samples),
          low: quantile(sorted, BAND.low),
          high: quantile(sorted, BAND.high),
        };
        fit.fittedMean.push(compared.mean);
        fit.fittedMedian.push(quantile(sorted, 0.5));
        fit.fittedLow.push(compared.low);
        fit.fittedHigh.push(compared.high);
        const isUsed = until === undefined || point.month <= until;
        fit.used.push(isUsed);
        (isUsed ? used : heldOut).push(compared);
      }
      fit.fit = fitErrors(used);
      fit.heldOut = fitErrors(heldOut);
      allHeldOut.push(...heldOut);
      return fit;
    });
  return { fits, heldOut: fitErrors(allHeldOut) };
}
