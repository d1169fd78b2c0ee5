/**
 * Iterative proportional fitting (Deming & Stephan 1940): starting from 1 in every possible joint cell (0 in the
 * structural zeros), scale the cells of each group of each marginal table in turn so that the group sums to its
 * target, until every group of every table is within the tolerance. The result is the joint table of maximum
 * entropy among those meeting the marginals (the "independence" fill of what the tables do not say).
 */
import { buildCohortGrid } from './build-cohort-grid.ts';
import type { CohortGrid } from './cohort-grid.ts';
import type { CohortSpec } from './cohort-spec.ts';

export interface IpfOptions {
  /** Largest allowed |fitted group sum − target|, in persons. @default 1e-6 */
  tolerance?: number;
  /** Sweeps over all tables before giving up. @default 1000 */
  maxIterations?: number;
  /** JSON pointer of the spec in its file, for error locations. @default "" */
  at?: string;
}

export interface IpfResult {
  grid: CohortGrid;
  /** The fitted joint table: expected persons per joint cell (grid order). */
  table: Float64Array;
  /** Sweeps done. */
  iterations: number;
  /** Whether every group met its target within the tolerance. */
  converged: boolean;
  /** Largest |fitted group sum − target| over all tables and groups after the last sweep, in persons. */
  maxDeviation: number;
}

/** Sums of the table per group of one constraint. */
export function groupSums(table: ArrayLike<number>, groupOf: Int32Array, groups: number): Float64Array {
  const sums = new Float64Array(groups);
  for (let cell = 0; cell < groupOf.length; cell++) {
    const g = groupOf[cell] ?? 0;
    sums[g] = (sums[g] ?? 0) + (table[cell] ?? 0);
  }
  return sums;
}

/** The largest |group sum − target| of a table over every constraint of the grid. */
export function maxMarginalDeviation(grid: CohortGrid, table: ArrayLike<number>): number {
  let worst = 0;
  for (const constraint of grid.constraints) {
    const sums = groupSums(table, constraint.groupOf, constraint.targets.length);
    for (let g = 0; g < sums.length; g++) {
      worst = Math.max(worst, Math.abs((sums[g] ?? 0) - (constraint.targets[g] ?? 0)));
    }
  }
  return worst;
}

/**
 * Fits the joint table of a spec to its marginal tables. Throws CohortSpecError for a spec with errors; an
 * inconsistent spec (tables that disagree) is fitted as well as IPF can and reported by `converged` false and
 * `maxDeviation`. `fitIpf(spec).table` sums to spec.total when the tables agree.
 */
export function fitIpf(spec: CohortSpec, options: IpfOptions = {}): IpfResult {
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 1000;
  const grid = buildCohortGrid(spec, options.at);
  const table = new Float64Array(grid.size);
  for (let cell = 0; cell < grid.size; cell++) table[cell] = grid.possible[cell] ?? 0;
  let iterations = 0;
  let maxDeviation = maxMarginalDeviation(grid, table);
  while (maxDeviation > tolerance && iterations < maxIterations) {
    iterations++;
    for (const { groupOf, targets } of grid.constraints) {
      const sums = groupSums(table, groupOf, targets.length);
      // A group with nothing to scale keeps its zeros: its target cannot be met, which maxDeviation shows.
      const factors = sums.map((sum, g) => (sum > 0 ? (targets[g] ?? 0) / sum : 1));
      for (let cell = 0; cell < grid.size; cell++) {
        table[cell] = (table[cell] ?? 0) * (factors[groupOf[cell] ?? 0] ?? 1);
      }
    }
    maxDeviation = maxMarginalDeviation(grid, table);
  }
  return { grid, table, iterations, converged: maxDeviation <= tolerance, maxDeviation };
}
