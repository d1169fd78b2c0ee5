/** The pool's tuning knobs and their defaults (see simulation-pool.ts for what they steer). */
import type { WorkerLike } from './simulation-job.ts';

export interface SimulationPoolOptions {
  createWorker: () => WorkerLike;
  /** Number of workers, ≥ 1. */
  workers: number;
  /** Most replications of the first answer. @default 50 */
  firstBatch?: number;
  /** Fewest replications of the first answer. @default 20 */
  minFirstBatch?: number;
  /**
   * Wanted milliseconds of work before the first answer, which sizes the first batch between the two. The budget
   * for a lever change is 300 ms to the first updated P(reach); messaging, merging and drawing add ≈ 30 ms
   * (measured in Chromium), so 150 ms of work leaves room for a slower machine. @default 150
   */
  firstAnswerMs?: number;
  /** Wanted milliseconds per slice. @default 120 */
  sliceMs?: number;
  /** Slices a worker may have queued at once (2 keeps it busy while this thread merges). @default 2 */
  inFlight?: number;
  /** Least milliseconds between two published updates after the first. @default 400 */
  publishMs?: number;
  /** Guess of milliseconds per replication before anything is measured. @default 30 */
  initialMsPerReplication?: number;
  /**
   * Milliseconds a worker with work may stay silent before it counts as dead (6× that for a slice that first
   * loads rules or prepares the model). Workers answer every replication with `progress`, so silence means a
   * killed worker (or one replication slower than this). @default 10000
   */
  stallMs?: number;
  /** Worker deaths in a row after which a run gives up. @default 3 */
  maxCrashes?: number;
}

/** The options with every default filled in, `workers` made a whole number ≥ 1. */
export function poolOptions(options: SimulationPoolOptions): Required<SimulationPoolOptions> {
  return {
    firstBatch: 50,
    minFirstBatch: 20,
    firstAnswerMs: 150,
    sliceMs: 120,
    inFlight: 2,
    publishMs: 400,
    initialMsPerReplication: 30,
    stallMs: 10_000,
    maxCrashes: 3,
    ...options,
    workers: Math.max(1, Math.floor(options.workers)),
  };
}
