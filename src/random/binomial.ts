import { logFactorial } from './log-factorial.ts';
import type { RandomStream } from './random-stream.ts';

/** Below this n·min(p, 1−p), inversion (one draw); from it on, BTRS. */
const INVERSION_LIMIT = 10;

/**
 * A binomial draw: successes in n trials (a whole number ≥ 0) of probability p, exact for every n and p. Small
 * n·p use inversion by sequential search (one uniform); larger ones Hörmann's transformed rejection BTRS ("The
 * generation of binomial random variables", J. Statist. Comput. Simul. 46, 1993), the method TensorFlow uses.
 * `binomial(stream, 100, 0.3)`.
 */
export function binomial(stream: RandomStream, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial needs a whole n ≥ 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial needs 0 ≤ p ≤ 1, got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  // Draw for the smaller of p and 1 − p, where both methods are valid, and mirror.
  if (p > 0.5) return n - binomialSmall(stream, n, 1 - p);
  return binomialSmall(stream, n, p);
}

function binomialSmall(stream: RandomStream, n: number, p: number): number {
  return n * p < INVERSION_LIMIT ? binomialInversion(stream, n, p) : binomialBtrs(stream, n, p);
}

function binomialInversion(stream: RandomStream, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  let r = Math.pow(q, n);
  let u = stream.next();
  let x = 0;
  // P(X = x+1) = P(X = x) · (a/(x+1) − s); the cap guards against rounding leaving u just above the last mass.
  while (u > r && x < n) {
    u -= r;
    x++;
    r *= a / x - s;
  }
  return x;
}

function binomialBtrs(stream: RandomStream, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = stream.next() - 0.5;
    const v = stream.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    const logV = Math.log((v * alpha) / (a / (us * us) + b));
    if (logV <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * logOdds) return k;
  }
}
