import type { RandomStream } from './random-stream.ts';

/**
 * A triangular draw on [lo, hi] with its peak at mode (lo ≤ mode ≤ hi), by inversion of the CDF: one draw.
 * Mean (lo + mode + hi) / 3. `triangular(stream, 0, 1, 4)`.
 */
export function triangular(stream: RandomStream, lo: number, mode: number, hi: number): number {
  if (!(lo <= mode && mode <= hi)) {
    throw new RangeError(`triangular needs lo ≤ mode ≤ hi, got ${lo}, ${mode}, ${hi}`);
  }
  if (lo === hi) return lo;
  const u = stream.next();
  const split = (mode - lo) / (hi - lo);
  return u < split
    ? lo + Math.sqrt(u * (hi - lo) * (mode - lo))
    : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
}
