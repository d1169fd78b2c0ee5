import { type Direction, reaches } from './direction.ts';

export interface ReachProbability {
  /** Share of replications whose value reaches the level (value = level counts as reached). */
  p: number;
  /** Monte Carlo standard error sqrt(p(1 − p)/R). */
  se: number;
  /** Number of replications R. */
  replications: number;
}

/**
 * P(reach) of a target over the replication values at its month. `pReach([1, 2, 3, 4], 'atMost', 2)` →
 * { p: 0.5, se: 0.25, replications: 4 }.
 */
export function pReach(values: ArrayLike<number>, direction: Direction, level: number): ReachProbability {
  const replications = values.length;
  if (replications === 0) throw new RangeError('pReach needs at least one replication');
  let hits = 0;
  for (let r = 0; r < replications; r++) if (reaches(values[r] ?? NaN, direction, level)) hits++;
  const p = hits / replications;
  return { p, se: Math.sqrt((p * (1 - p)) / replications), replications };
}
