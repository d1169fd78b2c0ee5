/**
 * The macro unemployment path of one replication: U_t / U_0 for every simulated month, linear in log, so that a
 * change of −15 % over 24 months is a steady monthly factor of 0.85^(1/24).
 */
import { monthsBetween, type Month } from '../time/month.ts';

export interface MacroPathInput {
  /** Month 0 of the run. */
  start: Month;
  /** Number of simulated months after month 0 (the path has months + 1 entries). */
  months: number;
  /** Relative change of unemployment from `fromMonth` to `toMonth` (−0.15 = −15 %), as drawn for the replication. */
  change: number;
  fromMonth: Month;
  toMonth: Month;
}

/**
 * `macroPath({start: '2013-12', months: 24, change: -0.15, fromMonth: '2013-12', toMonth: '2015-12'})[24]` → 0.85.
 * Before `fromMonth` and after `toMonth` the same monthly rate continues; month 0 is always 1.
 */
export function macroPath(input: MacroPathInput): Float64Array {
  const span = monthsBetween(input.fromMonth, input.toMonth);
  if (span <= 0) {
    throw new RangeError(
      `The macro change runs from ${input.fromMonth} to ${input.toMonth}; the end must be after the start.`,
    );
  }
  if (!(input.change > -1)) {
    throw new RangeError(
      `A relative change of unemployment of ${input.change} is impossible; it must exceed −1.`,
    );
  }
  const perMonth = Math.log1p(input.change) / span;
  const path = new Float64Array(input.months + 1);
  for (let t = 0; t <= input.months; t++) path[t] = Math.exp(perMonth * t);
  return path;
}
