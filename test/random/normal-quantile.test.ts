import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/random/normal-quantile.ts';

describe('normalQuantile', () => {
  // Reference values of R's qnorm (which implements the same AS 241), as published to 16 digits.
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.3, -0.5244005127080407],
    [0.001, -3.090232306167813],
    [1e-10, -6.361340902404056],
  ])('normalQuantile(%d) = %d (R qnorm)', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it('is antisymmetric around ½ and infinite at the ends', () => {
    for (const p of [0.01, 0.2, 0.4, 0.49]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
