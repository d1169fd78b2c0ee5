/**
 * The p-quantile of sorted values by Hyndman & Fan's type 7 — linear interpolation between order statistics at
 * h = (n − 1)·p — the default of R's quantile() and the method of d3.quantileSorted.
 * `quantile([1, 2, 3, 4], 0.25)` → 1.75 (R: quantile(1:4, 0.25) = 1.75).
 */
export function quantile(sortedValues: ArrayLike<number>, p: number): number {
  const n = sortedValues.length;
  if (n === 0) throw new RangeError('quantile needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile needs 0 ≤ p ≤ 1, got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sortedValues[lo] ?? NaN;
  if (lo + 1 >= n) return below;
  const above = sortedValues[lo + 1] ?? NaN;
  // below + (h − lo)·(above − below), written so that equal neighbours give exactly that value.
  return below === above ? below : below + (h - lo) * (above - below);
}

/** A sorted copy (ascending, numeric) of any values; the input is not changed. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}
