import { describe, expect, test } from 'vitest';
import { reachableAt } from '../../../web/view-model/reachable-at.ts';

const LEVELS = [
  { probability: 0.5, level: 435 },
  { probability: 0.8, level: 447 },
  { probability: 0.9, level: 454 },
];

describe('reachableAt', () => {
  test('returns the level offered for exactly the chosen ambition', () => {
    expect(reachableAt(LEVELS, 0.8)).toEqual({ probability: 0.8, level: 447 });
  });

  test('falls back to the nearest offered probability, the higher one on a tie', () => {
    expect(reachableAt(LEVELS, 0.95)).toEqual({ probability: 0.9, level: 454 });
    expect(reachableAt(LEVELS, 0.6)).toEqual({ probability: 0.5, level: 435 });
    expect(reachableAt(LEVELS, 0.85)).toEqual({ probability: 0.9, level: 454 });
  });

  test('is undefined when the core offers no levels', () => {
    expect(reachableAt([], 0.8)).toBeUndefined();
  });
});
