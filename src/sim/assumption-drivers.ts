/**
 * Which uncertain assumptions drive a result: the Pearson correlation, over the replications, between each
 * drawn Quantity and the indicator's value at the target month. A rough but honest guide for the note ("the
 * macro path matters most"); it says nothing about assumptions that are not drawn.
 */
import type { Driver } from './monte-carlo-result.ts';

/** Pearson correlation of two equally long series; 0 when either is constant. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/**
 * The `limit` strongest drivers of `values` (one per replication) among the drawn parameters
 * (parameters[r × paths.length + j]), by absolute correlation, ties in path order.
 */
export function assumptionDrivers(
  values: Float64Array,
  parameters: Float64Array,
  paths: readonly string[],
  limit = 5,
): Driver[] {
  const replications = values.length;
  if (replications < 3 || paths.length === 0) return [];
  const column = new Float64Array(replications);
  const drivers = paths.map((path, j) => {
    for (let r = 0; r < replications; r++) column[r] = parameters[r * paths.length + j] ?? 0;
    return { path, correlation: correlation(column, values) };
  });
  return drivers
    .filter((d) => d.correlation !== 0)
    .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation))
    .slice(0, limit);
}
