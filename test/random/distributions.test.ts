/**
 * Moments of every distribution against their analytic values, over 200,000 seeded draws each, within 5
 * standard errors (see sample-moments.ts); plus the exact edge cases and the draws-per-call contracts.
 */
import { describe, expect, it } from 'vitest';
import { binomial } from '../../src/random/binomial.ts';
import { normal } from '../../src/random/normal.ts';
import { poisson } from '../../src/random/poisson.ts';
import { createStream } from '../../src/random/random-stream.ts';
import { triangular } from '../../src/random/triangular.ts';
import { bernoulli, openUniform, uniform, uniformInt } from '../../src/random/uniform.ts';
import { sampleMoments, seMean, seProportion, seVariance } from './sample-moments.ts';

const N = 200_000;

function expectMoments(draw: () => number, mean: number, variance: number): void {
  const m = sampleMoments(draw, N);
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * seMean(variance, N));
  expect(Math.abs(m.variance - variance)).toBeLessThan(5 * seVariance(m));
}

describe('uniform', () => {
  it('uniform(lo, hi) has mean (lo+hi)/2 and variance (hi−lo)²/12', () => {
    const stream = createStream(11);
    expectMoments(() => uniform(stream, 2, 5), 3.5, 9 / 12);
  });

  it('uniformInt covers [lo, hi] inclusively with equal frequencies', () => {
    const stream = createStream(12);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < N; i++) {
      const k = uniformInt(stream, 3, 9);
      counts[k - 3] = (counts[k - 3] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count / N - 1 / 7)).toBeLessThan(5 * seProportion(1 / 7, N));
    expect(uniformInt(createStream(1), 4, 4)).toBe(4);
    expect(() => uniformInt(stream, 5, 4)).toThrow(RangeError);
  });

  it('bernoulli(p) is true with probability p; openUniform is never 0 or 1', () => {
    const stream = createStream(13);
    let hits = 0;
    for (let i = 0; i < N; i++) if (bernoulli(stream, 0.3)) hits++;
    expect(Math.abs(hits / N - 0.3)).toBeLessThan(5 * seProportion(0.3, N));
    const zeros = { nextUint32: () => 0, next: () => 0 };
    const ones = { nextUint32: () => 4294967295, next: () => 4294967295 / 4294967296 };
    expect(openUniform(zeros)).toBeGreaterThan(0);
    expect(openUniform(ones)).toBeLessThan(1);
  });
});

describe('normal', () => {
  it('normal(mean, sd) has that mean and variance sd²', () => {
    const stream = createStream(21);
    expectMoments(() => normal(stream, 10, 3), 10, 9);
  });

  it('uses exactly one draw per call, so streams stay aligned', () => {
    const a = createStream(22);
    const b = createStream(22);
    normal(a, 0, 1);
    b.next();
    expect(a.next()).toBe(b.next());
  });

  it('puts 95 % of draws within ±1.96 sd', () => {
    const stream = createStream(23);
    let inside = 0;
    for (let i = 0; i < N; i++) if (Math.abs(normal(stream, 0, 1)) <= 1.959963984540054) inside++;
    expect(Math.abs(inside / N - 0.95)).toBeLessThan(5 * seProportion(0.95, N));
  });
});

describe('triangular', () => {
  it('triangular(a, c, b) has mean (a+b+c)/3 and variance (a²+b²+c²−ab−ac−bc)/18', () => {
    const stream = createStream(31);
    const [a, c, b] = [1, 2, 6];
    expectMoments(
      () => triangular(stream, a, c, b),
      (a + b + c) / 3,
      (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    );
  });

  it('puts (c − a)/(b − a) of the draws below the mode and stays in [a, b]', () => {
    const stream = createStream(32);
    let below = 0;
    let outside = 0;
    for (let i = 0; i < N; i++) {
      const x = triangular(stream, 1, 2, 6);
      if (x < 1 || x > 6) outside++;
      if (x < 2) below++;
    }
    expect(outside).toBe(0);
    expect(Math.abs(below / N - 0.2)).toBeLessThan(5 * seProportion(0.2, N));
  });

  it('handles a mode at an end and a point range, and refuses a mode outside', () => {
    const stream = createStream(33);
    expectMoments(() => triangular(stream, 0, 0, 3), 1, 9 / 18);
    expect(triangular(stream, 4, 4, 4)).toBe(4);
    expect(() => triangular(stream, 0, 5, 3)).toThrow(RangeError);
  });
});

describe('poisson', () => {
  // Means from rare inflow streams (0.1) to a large municipality's monthly flows (5,000); 9.99 and 10 sit on
  // either side of the switch from inversion to PTRS. Mean and variance both equal the Poisson mean.
  for (const mean of [0.1, 1, 3.7, 9.99, 10, 37.5, 400, 5000]) {
    it(`poisson(${mean}) has mean and variance ${mean}`, () => {
      const stream = createStream(41, Math.round(mean * 100));
      expectMoments(() => poisson(stream, mean), mean, mean);
    });
  }

  it('matches the Poisson probabilities P(X = k) for mean 15 (PTRS) within 5 standard errors', () => {
    const stream = createStream(42);
    const mean = 15;
    const counts = new Map<number, number>();
    let invalid = 0;
    for (let i = 0; i < N; i++) {
      const k = poisson(stream, mean);
      if (!Number.isInteger(k) || k < 0) invalid++;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(invalid).toBe(0);
    let pk = Math.exp(-mean);
    for (let k = 0; k <= 40; k++) {
      if (k > 0) pk *= mean / k;
      expect(Math.abs((counts.get(k) ?? 0) / N - pk)).toBeLessThan(5 * seProportion(pk, N) + 1e-6);
    }
  });

  it('gives 0 for mean 0 and refuses a negative or infinite mean', () => {
    const stream = createStream(43);
    expect(poisson(stream, 0)).toBe(0);
    expect(() => poisson(stream, -1)).toThrow(RangeError);
    expect(() => poisson(stream, Infinity)).toThrow(RangeError);
  });
});

describe('binomial', () => {
  // n·p from 0.5 (inversion) to 4,000 (BTRS), and p above ½ (mirrored).
  const cases: [number, number][] = [
    [5, 0.1],
    [40, 0.2],
    [100, 0.3],
    [1000, 0.02],
    [10_000, 0.4],
    [60, 0.85],
  ];
  for (const [n, p] of cases) {
    it(`binomial(${n}, ${p}) has mean np and variance np(1−p)`, () => {
      const stream = createStream(51, n);
      expectMoments(() => binomial(stream, n, p), n * p, n * p * (1 - p));
    });
  }

  it('stays within [0, n] and handles p = 0, p = 1 and n = 0', () => {
    const stream = createStream(52);
    let invalid = 0;
    for (let i = 0; i < 10_000; i++) {
      const k = binomial(stream, 30, 0.6);
      if (!Number.isInteger(k) || k < 0 || k > 30) invalid++;
    }
    expect(invalid).toBe(0);
    expect(binomial(stream, 10, 0)).toBe(0);
    expect(binomial(stream, 10, 1)).toBe(10);
    expect(binomial(stream, 0, 0.5)).toBe(0);
    expect(() => binomial(stream, 2.5, 0.5)).toThrow(RangeError);
    expect(() => binomial(stream, 10, 1.5)).toThrow(RangeError);
  });
});
