/**
 * The joint table a CohortSpec's marginal tables constrain: one axis per dimension some table uses, one level
 * per value (band, state, true/false), combinations the model rules out marked impossible (structural zeros),
 * and for every table the group each joint cell belongs to with the group’s target count. Built by
 * buildCohortGrid (build-cohort-grid.ts).
 */
import type { Problem } from '../rules/located-error.ts';
import type { CohortDimension } from './cohort-spec.ts';

export interface GridAxis {
  dimension: CohortDimension;
  /** Each level's value as cells write it: a state or category name, a band id, "true" or "false". */
  keys: string[];
  /**
   * Each level's code: for a category or boolean its fact code (facts.ts encoding); for a band dimension the
   * band's index in the spec's band list.
   */
  codes: number[];
}

/** One marginal table (or the total) as a partition of the joint cells into groups with target counts. */
export interface GridConstraint {
  /** Index of the table in `spec.tables`; −1 for the spec's total. */
  table: number;
  /** Group of every joint cell. */
  groupOf: Int32Array;
  /** Target count of every group. */
  targets: Float64Array;
  /** Per group, the index of the table cell that gives its target; −1 for unlisted combinations. */
  cellOfGroup: Int32Array;
  /** Per group, a readable label: "ydelse=kontanthjaelp, age=16-29", "(unlisted)", "(total)". */
  labels: string[];
}

export interface CohortGrid {
  /** The axes, in COHORT_DIMENSIONS order; only dimensions some table uses. */
  axes: GridAxis[];
  /** Stride of each axis in the joint cell index (the last axis varies fastest). */
  strides: number[];
  /** Joint cells: the product of the axis sizes. */
  size: number;
  /**
   * The level of every joint cell on each axis, levels[axis][cell], so that the passes over all cells read a
   * level instead of dividing (see levelOf).
   */
  levels: Uint16Array[];
  /**
   * 1 where the combination can exist; 0 for structural zeros, for unlisted combinations of a `rest` table away
   * from the defaults, and for combinations the tables force to 0 (a `rest` table whose listed cells already
   * hold every person with some value, e.g. all kontanthjælp recipients).
   */
  possible: Uint8Array;
  constraints: GridConstraint[];
  /** Warnings found while checking the spec (e.g. a table that does not sum to the total). */
  warnings: Problem[];
}

/** The level of axis `axis` in joint cell `cell`. */
export function levelOf(grid: CohortGrid, cell: number, axis: number): number {
  return grid.levels[axis]?.[cell] ?? 0;
}

/**
 * levels[axis][cell] for axes of the given sizes (the last axis varies fastest), walked as an odometer.
 * `cellLevels([2, 3])` → [[0,0,0,1,1,1], [0,1,2,0,1,2]].
 */
export function cellLevels(sizes: readonly number[]): Uint16Array[] {
  const size = sizes.reduce((product, n) => product * n, 1);
  const levels = sizes.map((n) => {
    if (n > 65536) throw new RangeError(`An axis of ${n} levels is more than a grid handles (65,536).`);
    return new Uint16Array(size);
  });
  const level = sizes.map(() => 0);
  for (let cell = 0; cell < size; cell++) {
    for (let a = 0; a < sizes.length; a++) (levels[a] as Uint16Array)[cell] = level[a] ?? 0;
    for (let a = sizes.length - 1; a >= 0; a--) {
      const next = (level[a] ?? 0) + 1;
      if (next < (sizes[a] ?? 1)) {
        level[a] = next;
        break;
      }
      level[a] = 0;
    }
  }
  return levels;
}

/** The position of a dimension among the grid's axes, or −1. */
export function axisIndex(grid: CohortGrid, dimension: CohortDimension): number {
  return grid.axes.findIndex((axis) => axis.dimension === dimension);
}
