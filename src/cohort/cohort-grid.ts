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
  const stride = grid.strides[axis] ?? 1;
  const size = grid.axes[axis]?.keys.length ?? 1;
  return Math.floor(cell / stride) % size;
}

/** The position of a dimension among the grid's axes, or −1. */
export function axisIndex(grid: CohortGrid, dimension: CohortDimension): number {
  return grid.axes.findIndex((axis) => axis.dimension === dimension);
}
