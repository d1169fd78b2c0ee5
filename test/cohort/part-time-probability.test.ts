import { describe, expect, it } from 'vitest';
import { partTimeProbability } from '../../src/cohort/draw-cell-person.ts';

const settings = { share: 0.45, countedFull: 0.95, countedPartTime: 0.5 };

describe('partTimeProbability', () => {
  it('is the share for a person with no run of unemployment to judge by', () => {
    expect(partTimeProbability(settings, 0, 0)).toBeCloseTo(0.45, 12);
  });

  it('is near 0 for a year counted in full, near 1 for a year counted half', () => {
    // Part: 0.45 · 0.5¹² = 0.00011; full: 0.55 · 0.95¹² = 0.297 → 0.00037.
    expect(partTimeProbability(settings, 12, 12)).toBeCloseTo(3.7e-4, 5);
    // Part: 0.45 · 0.5¹²; full: 0.55 · 0.95⁶ · 0.05⁶ → 0.99996.
    expect(partTimeProbability(settings, 12, 6)).toBeGreaterThan(0.9999);
  });

  it('is 1 when a full-time month always counts and one did not', () => {
    expect(partTimeProbability({ ...settings, countedFull: 1 }, 5, 4)).toBe(1);
  });
});
