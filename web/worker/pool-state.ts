/** The pool's bookkeeping: a slice sent and not yet answered, a worker's slot, and the run in progress. */
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import type { ProgressiveMerge } from './progressive-merge.ts';
import type { RunCallbacks, SimulationJob, WorkerLike } from './simulation-job.ts';

/** A slice sent to a worker and not yet answered; the worker answers them in order. */
export interface SentSlice {
  runId: number;
  /** The slice's replications [from, to), to hand out again if the worker dies. */
  from: number;
  to: number;
  /** Replications of it done so far (from progress messages). */
  done: number;
  /** True when the worker must load rules or prepare the model first (silence is allowed to last longer). */
  prepares: boolean;
}

export interface Slot {
  worker: WorkerLike;
  queue: SentSlice[];
  /** What this worker was last sent, so the same scenario and rules are not copied to it again. */
  sent: { rules?: string; model?: string };
  /** When this worker last answered, or was given work while idle (for the stall watchdog). */
  heard: number;
}

export interface ActiveRun {
  runId: number;
  job: SimulationJob;
  callbacks: RunCallbacks;
  total: number;
  firstBatch: number;
  /** Next replication not yet handed out. */
  next: number;
  /** Slices of dead workers, handed out again before `next`. */
  retry: { from: number; to: number }[];
  slices: ProgressiveMerge;
  /** Replications finished in completed slices. */
  completed: number;
  published: number;
  lastPublish: number;
  /** Longest time a worker spent loading rules and preparing the model for this run. */
  prepareMs: number;
  busyMs: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  resolve: (result: MonteCarloResult) => void;
  reject: (error: Error) => void;
}
