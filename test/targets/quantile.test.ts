import { quantileSorted as d3QuantileSorted } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile, sortedCopy } from '../../src/targets/quantile.ts';
import { SUMMARY_PROBABILITIES, summarise } from '../../src/targets/summarise.ts';

describe('quantile (type 7)', () => {
  // x = c(3, 1, 4, 1, 5, 9, 2, 6), sorted 1 1 2 3 4 5 6 9, n = 8, h = 7p. By the type-7 formula, R's default:
  // quantile(x, c(.025, .1, .25, .5, .75, .9, .975)) = 1, 1, 1.75, 3.5, 5.25, 6.9, 8.475.
  const sorted = [1, 1, 2, 3, 4, 5, 6, 9];
  it.each([
    [0.025, 1],
    [0.1, 1],
    [0.25, 1.75],
    [0.5, 3.5],
    [0.75, 5.25],
    [0.9, 6.9],
    [0.975, 8.475],
    [0, 1],
    [1, 9],
  ])('quantile(x, %d) = %d as in R', (p, expected) => {
    expect(quantile(sorted, p)).toBeCloseTo(expected, 12);
  });

  it('agrees with d3.quantileSorted (also type 7) on generated data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const s = sortedCopy(values);
          expect(quantile(s, p)).toBeCloseTo(d3QuantileSorted(Array.from(s), p) ?? NaN, 6);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('returns the single value of a one-value sample, and refuses an empty one or a p outside [0, 1]', () => {
    expect(quantile([42], 0.3)).toBe(42);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1, 2], 1.2)).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('gives the mean and the nine quantiles keyed as JSON writes the probabilities', () => {
    const values = Float64Array.from([6, 2, 9, 1, 5, 4, 3, 1]);
    const summary = summarise(values);
    expect(summary.count).toBe(8);
    expect(summary.mean).toBe(31 / 8);
    expect(Object.keys(summary.quantiles)).toEqual(SUMMARY_PROBABILITIES.map(String));
    expect(summary.quantiles['0.5']).toBe(3.5);
    expect(summary.quantiles['0.975']).toBeCloseTo(8.475, 12);
    // The input is not sorted in place.
    expect(Array.from(values)).toEqual([6, 2, 9, 1, 5, 4, 3, 1]);
  });

  it('estimates the quantiles of a known distribution: 0..10000 gives the p-quantile 10000·p exactly', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => 10_000 - i);
    const summary = summarise(values);
    for (const p of SUMMARY_PROBABILITIES) expect(summary.quantiles[String(p)]).toBeCloseTo(10_000 * p, 9);
    expect(summary.mean).toBe(5000);
  });
});
