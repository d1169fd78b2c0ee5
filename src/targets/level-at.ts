import type { Direction } from './direction.ts';
import { quantile, sortedCopy } from './quantile.ts';

/**
 * The level reachable with probability p: for `atMost` the p-quantile of the values (a lower level is reached
 * less often), for `atLeast` the (1 − p)-quantile. Type-7 quantiles, so the level may lie between two
 * replication values. `levelAt(values, 'atMost', 0.9)` is the level a "sikkert" target may promise.
 */
export function levelAt(values: ArrayLike<number>, direction: Direction, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`levelAt needs 0 ≤ p ≤ 1, got ${p}`);
  return quantile(sortedCopy(values), direction === 'atMost' ? p : 1 - p);
}
