import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/calibrate/nelder-mead.ts';

describe('nelderMead', () => {
  it('finds the minimum of a convex quadratic to within the tolerance', () => {
    // Minimum at (1, −2, 0.5) by construction.
    const f = ([a = 0, b = 0, c = 0]: number[]): number => (a - 1) ** 2 + 10 * (b + 2) ** 2 + (c - 0.5) ** 2;
    const solution = nelderMead(f, [0, 0, 0], { step: 0.5, minErrorDelta: 1e-8, minTolerance: 1e-5 });
    expect(solution.x[0]).toBeCloseTo(1, 3);
    expect(solution.x[1]).toBeCloseTo(-2, 3);
    expect(solution.x[2]).toBeCloseTo(0.5, 3);
    expect(solution.fx).toBeLessThan(1e-6);
  });

  it('minimises the Rosenbrock function, which needs the shrink step fmin 0.0.4 crashes in', () => {
    // Rosenbrock's minimum is (1, 1) with value 0.
    const f = ([x = 0, y = 0]: number[]): number => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const solution = nelderMead(f, [-1.2, 1], {
      maxIterations: 2000,
      minErrorDelta: 1e-10,
      minTolerance: 1e-6,
    });
    expect(solution.x[0]).toBeCloseTo(1, 2);
    expect(solution.x[1]).toBeCloseTo(1, 2);
  });

  it('stops after maxIterations', () => {
    let calls = 0;
    const solution = nelderMead(
      ([x = 0]) => {
        calls++;
        return x * x;
      },
      [10],
      { maxIterations: 3 },
    );
    expect(solution.iterations).toBe(3);
    // 2 initial vertices + at most 2 evaluations per iteration without shrink (1-D shrink adds 1).
    expect(calls).toBeLessThanOrEqual(2 + 3 * 2);
  });
});
