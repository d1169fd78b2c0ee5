import { quantile, sortedCopy } from './quantile.ts';

/** The probabilities of the quantiles every summary reports. */
export const SUMMARY_PROBABILITIES = [0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975] as const;

export interface Summary {
  /** Number of values. */
  count: number;
  mean: number;
  /** Type-7 quantiles keyed by the probability as JSON writes it: "0.025", "0.05", "0.1", … "0.975". */
  quantiles: { [p: string]: number };
}

/**
 * Mean and quantiles (2.5/5/10/25/50/75/90/95/97.5 %) of the replication values of one indicator-month.
 * `summarise([1, 2, 3, 4]).quantiles['0.5']` → 2.5. The input is not changed.
 */
export function summarise(values: ArrayLike<number>): Summary {
  if (values.length === 0) throw new RangeError('summarise needs at least one value');
  const sorted = sortedCopy(values);
  let sum = 0;
  for (const value of sorted) sum += value;
  const quantiles: { [p: string]: number } = {};
  for (const p of SUMMARY_PROBABILITIES) quantiles[String(p)] = quantile(sorted, p);
  return { count: sorted.length, mean: sum / sorted.length, quantiles };
}
