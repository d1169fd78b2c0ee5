/**
 * The data every fan chart draws: simulated quantile bands per month, plus what was observed and the target.
 * A view-model shape of our own, so the charts do not depend on the simulation core's result type; an adapter
 * maps the core's summaries onto it.
 */

/** "persons": counts of people. "percent": shares, stored as fractions (0.6 means 60 %). */
export type ChartUnit = 'persons' | 'percent';

/** Quantiles of the simulated indicator per month; every array has one value per entry of `months`. */
export interface FanBands {
  /** 2.5th percentile: lower edge of the 95 % band. */
  p2_5: number[];
  /** 10th percentile: lower edge of the 80 % band. */
  p10: number[];
  /** 25th percentile: lower edge of the 50 % band. */
  p25: number[];
  /** Median. */
  p50: number[];
  /** 75th percentile: upper edge of the 50 % band. */
  p75: number[];
  /** 90th percentile: upper edge of the 80 % band. */
  p90: number[];
  /** 97.5th percentile: upper edge of the 95 % band. */
  p97_5: number[];
}

export const BAND_KEYS = ['p2_5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p97_5'] as const;

/** A status value from the sources (history, or an interim status such as "−15 % by Oct 2014"). */
export interface ObservedPoint {
  /** "YYYY-MM". May lie before the first simulated month. */
  month: string;
  /** In the chart's unit. */
  value: number;
  /** Short label shown in the tooltip instead of "Observed", e.g. "Status okt. 2014". */
  label?: string;
}

/** The resultatniveau: reach `level` (or better) by `month`. */
export interface FanTarget {
  /** "YYYY-MM": the month the level must be reached. */
  month: string;
  /** In the chart's unit. */
  level: number;
  /** `atMost`: at or below the level counts as reached (e.g. persons on support); `atLeast`: at or above. */
  direction: 'atMost' | 'atLeast';
}

export interface FanChartData {
  /** Simulated months, "YYYY-MM", ascending and consecutive. */
  months: string[];
  bands: FanBands;
  /** Mean per month, drawn as a dotted line when present. */
  mean?: number[];
  observed?: ObservedPoint[];
  target?: FanTarget;
  unit: ChartUnit;
}

/**
 * Throws a clear error when the arrays do not line up with `months`: a mismatch would draw a silently wrong fan.
 * @example checkFanChartData(data) // before drawing
 */
export function checkFanChartData(data: FanChartData): void {
  const count = data.months.length;
  if (count === 0) throw new RangeError('Fan chart data has no months to draw.');
  for (const key of BAND_KEYS) {
    const length = data.bands[key].length;
    if (length !== count) {
      throw new RangeError(
        `Fan chart band ${key} has ${length} values for ${count} months; give one per month.`,
      );
    }
  }
  if (data.mean && data.mean.length !== count) {
    throw new RangeError(`Fan chart mean has ${data.mean.length} values for ${count} months.`);
  }
}
