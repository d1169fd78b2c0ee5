import type { RandomStream } from './random-stream.ts';

/** A uniform number in [lo, hi). One draw. `uniform(stream, 2, 5)` → e.g. 3.71… */
export function uniform(stream: RandomStream, lo: number, hi: number): number {
  return lo + (hi - lo) * stream.next();
}

/**
 * A uniform whole number in [lo, hi], both inclusive; lo and hi are whole numbers with hi − lo < 2^32. One draw.
 * Uses the multiply-shift map (Lemire) without the rejection step: the bias is below (hi − lo + 1) / 2^32,
 * far under anything a cohort of persons can show.
 */
export function uniformInt(stream: RandomStream, lo: number, hi: number): number {
  if (hi < lo) throw new RangeError(`uniformInt needs lo ≤ hi, got [${lo}, ${hi}]`);
  return lo + Math.floor(stream.next() * (hi - lo + 1));
}

/** true with probability p (p ≤ 0 never, p ≥ 1 always). One draw. */
export function bernoulli(stream: RandomStream, p: number): boolean {
  return stream.next() < p;
}

/** A uniform number in the open interval (0, 1): never 0, so that its logarithm or normal quantile is finite. */
export function openUniform(stream: RandomStream): number {
  return (stream.nextUint32() + 0.5) / 4294967296;
}
