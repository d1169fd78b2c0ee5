import { logFactorial } from './log-factorial.ts';
import type { RandomStream } from './random-stream.ts';

/** Below this mean, inversion by sequential search (one draw, ≈ mean + 1 steps); from it on, PTRS. */
const INVERSION_LIMIT = 10;

/**
 * A Poisson draw with this mean (≥ 0), exact for every mean. Small means use inversion by sequential search
 * (one uniform); means ≥ 10 use Hörmann's transformed rejection with squeeze, PTRS ("The transformed rejection
 * method for generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993), as NumPy
 * does: ≈ 1.1 pairs of uniforms per draw whatever the mean, so an inflow mean of 5,000 costs the same as 10.
 */
export function poisson(stream: RandomStream, mean: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`poisson needs a finite mean ≥ 0, got ${mean}`);
  }
  if (mean === 0) return 0;
  return mean < INVERSION_LIMIT ? poissonInversion(stream, mean) : poissonPtrs(stream, mean);
}

function poissonInversion(stream: RandomStream, mean: number): number {
  const u = stream.next();
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  // The cap guards against a cumulative sum that rounding keeps just below u; P(k > 200 | mean < 10) ≈ 0.
  while (u > cumulative && k < 200) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

function poissonPtrs(stream: RandomStream, mean: number): number {
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = stream.next() - 0.5;
    const v = stream.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const accept = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
    if (accept <= -mean + k * logMean - logFactorial(k)) return k;
  }
}
