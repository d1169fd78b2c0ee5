/**
 * The typed messages between the app and its simulation workers. The app sends `run` requests, each a
 * contiguous slice [from, to) of a run's replications (a worker may have two queued). The worker answers each in
 * order with `progress` after every replication and then exactly one of `result` (the slice's MonteCarloResult,
 * its value arrays transferred, not copied), `error`, or `dropped` (the run was cancelled or replaced before the
 * slice started). Every message carries the run id, so answers of a run the app has since replaced are
 * recognised and ignored. Replication r depends on (seed, r) alone, so any slicing merged with mergeMonteCarlo in replication
 * order gives the same numbers.
 */
import type { RuleSetSource } from '../../src/rules/load-rule-set.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';

/** Run one slice of a run's replications. */
export interface RunSliceRequest {
  type: 'run';
  /** Increases with every run the app starts; answers echo it. */
  runId: number;
  /**
   * The resolved scenario to simulate (its own `seed` is replaced by `seed`). Left out when this worker's
   * previous request had the same `scenarioKey` and `seed` (the worker keeps that model), to save the copy.
   */
  scenario?: ResolvedScenario;
  /**
   * Identifies the scenario's content (e.g. its JSON text's fingerprint): the worker keeps the prepared model of
   * the last key and reuses it for later slices of the same scenario.
   */
  scenarioKey: string;
  /** Rule files as text, loaded and validated once per `key`; `files` is left out once the worker has them. */
  rules: { key: string; files?: RuleSetSource[] };
  /** Seed of every random stream of the run (a 32-bit unsigned integer). */
  seed: number;
  /** Replications of the whole run (R); the slice lies within [0, R). */
  replications: number;
  /** First replication of the slice (inclusive). */
  from: number;
  /** End of the slice (exclusive). */
  to: number;
}

/** Drop the queued slices of runs up to `runId` (the user cancelled, or a new run replaces them). */
export interface CancelRequest {
  type: 'cancel';
  runId: number;
}

/** Close the worker's caches (the app terminates the worker afterwards); answered by nothing. */
export interface DisposeRequest {
  type: 'dispose';
}

/**
 * Test hook (fault tests only): die as a real fault would — `throw` raises an error outside any handler, `close`
 * ends the worker silently. A worker obeys it only when started with a name ending in "-test" (see
 * createSimulationWorker), so it is inert in normal use.
 */
export interface TestCrashRequest {
  type: 'test-crash';
  mode: 'throw' | 'close';
}

export type WorkerRequest = RunSliceRequest | CancelRequest | DisposeRequest | TestCrashRequest;

/** One more replication of the slice is done. */
export interface ProgressResponse {
  type: 'progress';
  runId: number;
  /** Replications of this slice done so far (1 … to − from). */
  done: number;
  /** The slice's size (to − from). */
  total: number;
}

/** The finished slice. */
export interface SliceResultResponse {
  type: 'result';
  runId: number;
  /** The slice's result; `result.raw.from`/`to` say which replications it holds. */
  result: MonteCarloResult;
  /** Milliseconds the worker spent on this request, preparing included (to size later slices). */
  elapsedMs: number;
  /** Milliseconds of that spent loading rules and preparing the model (0 when both were cached). */
  prepareMs: number;
}

/** The slice failed: invalid rules (with their located errors) or an error of the scenario or the model. */
export interface ErrorResponse {
  type: 'error';
  runId: number;
  message: string;
  /** Located problems of the rule files, when the rules did not load. */
  ruleErrors?: LocatedError[];
}

/** The slice was not run: its run was cancelled or replaced while the slice waited in the worker's queue. */
export interface DroppedResponse {
  type: 'dropped';
  runId: number;
}

export type WorkerResponse = ProgressResponse | SliceResultResponse | ErrorResponse | DroppedResponse;

/** The buffers of a result's value arrays, to move rather than copy them to the other thread. */
export function resultTransferables(result: MonteCarloResult): ArrayBuffer[] {
  const { raw } = result;
  const arrays = [...raw.indicators, raw.states, raw.parameters, ...(raw.costs ? [raw.costs] : [])];
  const buffers = arrays
    .map((array) => array.buffer)
    .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return [...new Set(buffers)];
}
