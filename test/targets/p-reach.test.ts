import { describe, expect, it } from 'vitest';
import { levelAt } from '../../src/targets/level-at.ts';
import { pReach } from '../../src/targets/p-reach.ts';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('pReach', () => {
  it('counts the share of replications at or below an atMost level, with SE sqrt(p(1−p)/R)', () => {
    const result = pReach(oneToHundred, 'atMost', 30);
    expect(result).toEqual({ p: 0.3, se: Math.sqrt((0.3 * 0.7) / 100), replications: 100 });
  });

  it('counts a value equal to the level as reached in both directions', () => {
    expect(pReach([5, 5, 5, 6], 'atMost', 5).p).toBe(0.75);
    expect(pReach([5, 5, 5, 4], 'atLeast', 5).p).toBe(0.75);
    expect(pReach([428], 'atMost', 428).p).toBe(1);
  });

  it('gives SE 0 at p = 0 and p = 1, and refuses no replications', () => {
    expect(pReach([1, 2], 'atLeast', 3)).toEqual({ p: 0, se: 0, replications: 2 });
    expect(pReach([1, 2], 'atLeast', 0)).toEqual({ p: 1, se: 0, replications: 2 });
    expect(() => pReach([], 'atMost', 1)).toThrow(RangeError);
  });
});

describe('levelAt', () => {
  it('is the p-quantile for atMost and the (1 − p)-quantile for atLeast', () => {
    // Type-7 quantiles of 1..100: q(p) = 1 + 99p.
    expect(levelAt(oneToHundred, 'atMost', 0.9)).toBeCloseTo(90.1, 12);
    expect(levelAt(oneToHundred, 'atLeast', 0.9)).toBeCloseTo(10.9, 12);
    expect(levelAt(oneToHundred, 'atMost', 0.5)).toBe(50.5);
  });

  it('gives levels reached with about the asked probability', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    for (const p of [0.5, 0.7, 0.9]) {
      expect(Math.abs(pReach(values, 'atMost', levelAt(values, 'atMost', p)).p - p)).toBeLessThanOrEqual(
        0.001,
      );
      expect(Math.abs(pReach(values, 'atLeast', levelAt(values, 'atLeast', p)).p - p)).toBeLessThanOrEqual(
        0.001,
      );
    }
  });
});
