/**
 * The pool's contract with its callers and its workers: a job (scenario, its fingerprint, the rules), the
 * published updates as a run refines, the callbacks, and the part of a Worker the pool uses.
 */
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import type { RuleBundle } from '../bundle/bundled-rules.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** What the pool needs of a Worker (a real one, or an in-process stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** One run: the resolved scenario (its `seed` and `replications` are the run's) and the rules. */
export interface SimulationJob {
  scenario: ResolvedScenario;
  /** Fingerprint of the scenario's content, so workers reuse a prepared model across slices. */
  scenarioKey: string;
  rules: RuleBundle;
}

/** A published answer: the merged result of replications [0, used). */
export interface RunUpdate {
  result: MonteCarloResult;
  used: number;
  total: number;
  /** True for the last update, which holds all R replications. */
  final: boolean;
  /** Measured worker milliseconds per replication (smoothed), and the longest preparation of this run. */
  msPerReplication: number;
  prepareMs: number;
  /** Worker milliseconds spent on this run's slices so far, all workers together (utilisation = busy / wall / W). */
  busyMs: number;
}

/** A worker of the run died and was replaced (or, with `gaveUp`, was not: the run fails). */
export interface WorkerCrash {
  /** Workers that died in a row, without a finished slice between them. */
  crashes: number;
  /** True when `crashes` reached the pool's limit: no replacement, the run rejects. */
  gaveUp: boolean;
  /** What happened, in English for the log: the worker's error message, or "no answer for 10 s". */
  reason: string;
}

export interface RunCallbacks {
  /** Replications finished so far (partly finished slices included) of R. */
  onProgress?: (done: number, total: number) => void;
  onUpdate?: (update: RunUpdate) => void;
  /** A worker died during the run; its unfinished slices are run again by a fresh worker. */
  onWorkerCrash?: (crash: WorkerCrash) => void;
}
