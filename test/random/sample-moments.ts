/**
 * Sample moments of many draws and the standard errors that judge them: a sample mean is within 5 standard
 * errors of the true mean with probability 1 − 6e-7 (normal approximation), so a test that uses 5 SE fails by
 * chance about once in a million runs — and the streams are seeded, so it either always passes or always fails.
 */
export interface SampleMoments {
  n: number;
  mean: number;
  variance: number;
  /** Fourth central moment, for the standard error of the variance. */
  fourth: number;
}

export function sampleMoments(draw: () => number, n: number): SampleMoments {
  const values = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const value = draw();
    values[i] = value;
    sum += value;
  }
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const value of values) {
    const d = (value - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  return { n, mean, variance: m2 / (n - 1), fourth: m4 / n };
}

/** Standard error of the sample mean given the true variance. */
export const seMean = (variance: number, n: number): number => Math.sqrt(variance / n);

/** Standard error of the sample variance, from the sample's fourth moment: sqrt((μ4 − σ⁴)/n). */
export const seVariance = (m: SampleMoments): number => Math.sqrt((m.fourth - m.variance ** 2) / m.n);

/** Standard error of an empirical proportion with true probability p. */
export const seProportion = (p: number, n: number): number => Math.sqrt((p * (1 - p)) / n);
