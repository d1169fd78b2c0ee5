/**
 * The finished slices of one run, merged into the result of the contiguous replications [0, k) as they become
 * contiguous. Slices arrive in any order; mergeMonteCarlo puts them in replication order, so the merged numbers
 * never depend on which worker finished first.
 */
import { mergeMonteCarlo } from '../../src/sim/merge-monte-carlo.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';

export class ProgressiveMerge {
  private readonly waiting = new Map<number, MonteCarloResult>();
  /** The merged result of [0, merged.raw.to), once there is one. */
  merged: MonteCarloResult | undefined;

  /** Keeps a finished slice until the replications before it are there. */
  add(slice: MonteCarloResult): void {
    this.waiting.set(slice.raw.from, slice);
  }

  /** k of the longest finished prefix [0, k), merged or still waiting. */
  contiguous(): number {
    let k = this.merged?.raw.to ?? 0;
    for (let slice = this.waiting.get(k); slice; slice = this.waiting.get(k)) k = slice.raw.to;
    return k;
  }

  /** Merges the waiting slices that extend the prefix; returns the merged result (undefined before any). */
  merge(): MonteCarloResult | undefined {
    const parts: MonteCarloResult[] = this.merged ? [this.merged] : [];
    let k = this.merged?.raw.to ?? 0;
    for (let slice = this.waiting.get(k); slice; slice = this.waiting.get(k)) {
      this.waiting.delete(k);
      parts.push(slice);
      k = slice.raw.to;
    }
    const only = parts.length === 1 ? parts[0] : undefined;
    if (parts.length > 0) this.merged = only ?? mergeMonteCarlo(parts);
    return this.merged;
  }
}
