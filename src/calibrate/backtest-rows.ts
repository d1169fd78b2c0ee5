/**
 * The rows of a backtest: every held-out observation (after `until`, inside the run) with the projection's
 * median and 80 % band, whether the observation falls inside, and the error of the median.
 */
import type { Month } from '../time/month.ts';
import type { SeriesFit } from './calibration-types.ts';

export interface BacktestRow {
  seriesId: string;
  month: Month;
  observed: number;
  median: number;
  low: number;
  high: number;
  inside: boolean;
  /** median − observed, in the series' unit. */
  error: number;
}

/** `backtestRows(result.fits)` → the held-out points of every series, in series and month order. */
export function backtestRows(fits: readonly SeriesFit[]): BacktestRow[] {
  return fits.flatMap((fit) =>
    fit.months.flatMap((month, i): BacktestRow[] => {
      const median = fit.fittedMedian[i] ?? NaN;
      const observed = fit.observed[i] ?? NaN;
      const low = fit.fittedLow[i] ?? NaN;
      const high = fit.fittedHigh[i] ?? NaN;
      if (fit.used[i] !== false || Number.isNaN(median)) return [];
      return [
        {
          seriesId: fit.seriesId,
          month,
          observed,
          median,
          low,
          high,
          inside: low <= observed && observed <= high,
          error: median - observed,
        },
      ];
    }),
  );
}
