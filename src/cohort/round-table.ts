/**
 * Controlled rounding of a fitted joint table to whole persons: floors, then largest remainders where every
 * table of the cell still lacks persons, then a repair by alternating paths (+1 here, −1 there, +1 …) that
 * lower the total marginal deviation. With two tables this is the augmenting-path algorithm of a transportation
 * problem, so integer marginals that agree are met exactly; with three or more it is met whenever the paths
 * find a way, and otherwise the residual deviations are reported. Only cells the fit gave persons may grow.
 */
import type { CohortGrid } from './cohort-grid.ts';
import { groupSums } from './fit-ipf.ts';

/** A group of a table that the rounded table misses. */
export interface RoundingDeviation {
  /** Index of the table in spec.tables; −1 for the total. */
  table: number;
  /** The group's label, e.g. "ydelse=kontanthjaelp, age=16-29". */
  group: string;
  target: number;
  rounded: number;
}

export interface RoundedTable {
  /** Whole persons per joint cell (grid order). */
  counts: Int32Array;
  /** Sum of the counts. */
  total: number;
  /** Largest |rounded group sum − target| over all tables. 0 when every marginal is met exactly. */
  maxDeviation: number;
  /** Every group whose rounded sum differs from its target by more than 1e-9. */
  deviations: RoundingDeviation[];
}

const EPS = 1e-9;

/** Rounds `fitted` (from fitIpf) to whole persons meeting the grid's marginals; `fitted` is not changed. */
export function roundTable(fitted: Float64Array, grid: CohortGrid): RoundedTable {
  const rounder = new Rounder(fitted, grid);
  rounder.largestRemainders();
  rounder.repair();
  return rounder.result();
}

class Rounder {
  readonly counts: Int32Array;
  readonly sums: Float64Array[];
  /** Cells of each group of each constraint (only cells the fit gave persons). */
  readonly members: Int32Array[][];
  readonly support: Uint8Array;
  // Scratch of the path search.
  readonly parent: Int32Array;
  readonly visited: Uint8Array;
  readonly sign: Int8Array;
  /**
   * Groups (constraint × group, keyed k × groupKeyStride + g) whose search found no improving path since the
   * last full pass: tried again only when no other group improves (see improveOnce).
   */
  readonly failed = new Set<number>();
  readonly groupKeyStride: number;

  constructor(
    readonly fitted: Float64Array,
    readonly grid: CohortGrid,
  ) {
    this.counts = new Int32Array(grid.size);
    this.support = new Uint8Array(grid.size);
    for (let cell = 0; cell < grid.size; cell++) {
      const x = fitted[cell] ?? 0;
      this.counts[cell] = Math.max(0, Math.floor(x + EPS));
      this.support[cell] = x > EPS ? 1 : 0;
    }
    this.sums = grid.constraints.map((c) => groupSums(this.counts, c.groupOf, c.targets.length));
    this.members = grid.constraints.map((c) => {
      const lists: number[][] = Array.from({ length: c.targets.length }, () => []);
      for (let cell = 0; cell < grid.size; cell++) {
        if (this.support[cell]) lists[c.groupOf[cell] ?? 0]?.push(cell);
      }
      return lists.map((list) => Int32Array.from(list));
    });
    this.parent = new Int32Array(grid.size);
    this.visited = new Uint8Array(grid.size);
    this.sign = new Int8Array(grid.size);
    this.groupKeyStride = Math.max(1, ...grid.constraints.map((c) => c.targets.length));
  }

  gap(k: number, cell: number): number {
    const constraint = this.grid.constraints[k];
    const g = constraint?.groupOf[cell] ?? 0;
    return (constraint?.targets[g] ?? 0) - (this.sums[k]?.[g] ?? 0);
  }

  /** Σ over constraints and groups of |target − sum|, kept up to date by add(). */
  currentCost = 0;

  add(cell: number, delta: number): void {
    this.counts[cell] = (this.counts[cell] ?? 0) + delta;
    const constraints = this.grid.constraints;
    for (let k = 0; k < constraints.length; k++) {
      const c = constraints[k];
      const sums = this.sums[k];
      if (!c || !sums) continue;
      const g = c.groupOf[cell] ?? 0;
      const target = c.targets[g] ?? 0;
      const old = sums[g] ?? 0;
      sums[g] = old + delta;
      this.currentCost += Math.abs(target - old - delta) - Math.abs(target - old);
    }
  }

  /** Recomputes the cost from scratch (clears rounding drift of the running sum). */
  cost(): number {
    let total = 0;
    this.grid.constraints.forEach((c, k) => {
      const sums = this.sums[k];
      for (let g = 0; g < c.targets.length; g++) total += Math.abs((c.targets[g] ?? 0) - (sums?.[g] ?? 0));
    });
    this.currentCost = total;
    return total;
  }

  /** Cells by descending fractional part get +1 while every group they are in lacks at least half a person. */
  largestRemainders(): void {
    const order: number[] = [];
    for (let cell = 0; cell < this.grid.size; cell++) if (this.support[cell]) order.push(cell);
    const fraction = (cell: number): number => (this.fitted[cell] ?? 0) - (this.counts[cell] ?? 0);
    order.sort((a, b) => fraction(b) - fraction(a) || a - b);
    for (const cell of order) {
      if (fraction(cell) <= EPS) break;
      if (this.grid.constraints.every((_, k) => this.gap(k, cell) >= 0.5)) this.add(cell, 1);
    }
  }

  /** Applies improving alternating paths until none is found. */
  repair(): void {
    const guard = 4 * this.grid.size + 1000;
    for (let step = 0; step < guard; step++) {
      if (!this.improveOnce()) return;
    }
  }

  /**
   * Breadth-first search for a path of cells with alternating signs, starting at the cells of a group that
   * lacks persons (+1) or has too many (−1), each next cell sharing a group with the last that the path has
   * pushed past its target; applies the first path that lowers the cost and returns true. Groups whose search
   * failed are skipped until a pass over the others finds nothing; then those are tried again, so the repair
   * still stops only when no group has an improving path. (Marginals that disagree leave groups that never
   * improve; searching them again after every step took minutes at national scale.)
   */
  improveOnce(): boolean {
    const before = this.cost();
    if (before <= EPS) return false;
    // Failures of earlier states: searched again only when no other group improves on this state.
    const stale = new Set(this.failed);
    if (this.improveFrom(before, (key) => !stale.has(key))) return true;
    if (stale.size === 0) return false;
    for (const key of stale) this.failed.delete(key);
    return this.improveFrom(before, (key) => stale.has(key));
  }

  /** Searches from every group off its target that `tries` accepts, in order; remembers those that fail. */
  private improveFrom(before: number, tries: (key: number) => boolean): boolean {
    for (let k = 0; k < this.grid.constraints.length; k++) {
      const targets = this.grid.constraints[k]?.targets ?? new Float64Array(0);
      for (let g = 0; g < targets.length; g++) {
        const gap = (targets[g] ?? 0) - (this.sums[k]?.[g] ?? 0);
        if (Math.abs(gap) < 0.5) continue;
        const key = k * this.groupKeyStride + g;
        if (!tries(key)) continue;
        const sources = [...(this.members[k]?.[g] ?? [])].filter(
          (cell) => gap > 0 || (this.counts[cell] ?? 0) > 0,
        );
        if (this.search(sources, gap > 0 ? 1 : -1, before)) return true;
        this.failed.add(key);
      }
    }
    return false;
  }

  /** Adds (on) or takes back (off) the alternating path that ends at `cell`. */
  private applyPath(cell: number, on: boolean): void {
    for (let c = cell; c >= 0; c = this.parent[c] ?? -1) {
      const s = this.sign[c] ?? 0;
      this.add(c, on ? s : -s);
    }
  }

  search(sources: readonly number[], firstSign: number, before: number): boolean {
    const queue: number[] = [];
    const sign = this.sign;
    for (const cell of sources) {
      this.visited[cell] = 1;
      this.parent[cell] = -1;
      sign[cell] = firstSign;
      queue.push(cell);
    }
    const supportSize = this.members[0]?.[0]?.length ?? this.grid.size;
    let found = false;
    for (let head = 0; head < queue.length; head++) {
      const cell = queue[head] ?? 0;
      const s = sign[cell] ?? 0;
      this.applyPath(cell, true);
      if (this.currentCost < before - EPS) {
        found = true;
        break;
      }
      // Next cells: in a group of this cell that the path pushed past its target, with the opposite sign.
      for (let k = 0; k < this.grid.constraints.length && queue.length < supportSize; k++) {
        const gap = this.gap(k, cell);
        if (s > 0 ? gap > -0.5 : gap < 0.5) continue;
        for (const next of this.members[k]?.[this.grid.constraints[k]?.groupOf[cell] ?? 0] ?? []) {
          if (this.visited[next]) continue;
          if (s > 0 && (this.counts[next] ?? 0) < 1) continue;
          this.visited[next] = 1;
          this.parent[next] = cell;
          sign[next] = -s;
          queue.push(next);
        }
      }
      this.applyPath(cell, false);
    }
    for (const cell of queue) this.visited[cell] = 0;
    return found;
  }

  result(): RoundedTable {
    const deviations: RoundingDeviation[] = [];
    let maxDeviation = 0;
    this.grid.constraints.forEach((c, k) => {
      for (let g = 0; g < c.targets.length; g++) {
        const target = c.targets[g] ?? 0;
        const rounded = this.sums[k]?.[g] ?? 0;
        const deviation = Math.abs(rounded - target);
        maxDeviation = Math.max(maxDeviation, deviation);
        if (deviation > EPS) deviations.push({ table: c.table, group: c.labels[g] ?? '', target, rounded });
      }
    });
    let total = 0;
    for (const count of this.counts) total += count;
    return { counts: this.counts, total, maxDeviation, deviations };
  }
}
