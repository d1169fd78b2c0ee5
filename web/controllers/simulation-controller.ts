/**
 * A Lit ReactiveController for the long work of simulating: it owns the worker pool, runs one job at a time
 * (a new run aborts the one before), and exposes to its host the status (INITIAL → PENDING → COMPLETE or
 * ERROR), the progress, the latest — possibly still refining — result and how many replications it rests on.
 * The host re-renders on every change; it never computes results itself. A worker that dies mid-run is
 * replaced by the pool and the run goes on; `crash` tells the host, so it can say so (and, after too many deaths
 * in a row, that the pool gave up).
 *
 * @example
 *   private readonly simulation = new SimulationController(this);
 *   this.simulation.run({ scenario, scenarioKey, rules: BUNDLED_RULES });
 *   render() { return html`${this.simulation.status} ${this.simulation.used}/${this.simulation.total}`; }
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import {
  defaultWorkerCount,
  SimulationAbortedError,
  SimulationFailedError,
  SimulationPool,
  type SimulationJob,
  type WorkerCrash,
  type WorkerLike,
} from '../worker/simulation-pool.ts';

/** Least milliseconds between two renders the progress alone asks for (results always render at once). */
const PROGRESS_MS = 100;

export const SIMULATION_STATUSES = ['initial', 'pending', 'complete', 'error'] as const;
/** INITIAL: nothing run yet; PENDING: a run is going; COMPLETE: it ended (or was cancelled); ERROR: it failed. */
export type SimulationStatus = (typeof SIMULATION_STATUSES)[number];

/** Milliseconds from a run's start to its first answer and to its end (performance.now() based). */
export interface RunTimings {
  runId: number;
  startedAt: number;
  firstResultMs?: number;
  /** Replications of the first answer. */
  firstResultReplications?: number;
  completeMs?: number;
  /** Worker milliseconds per replication and the longest preparation of the run, as last reported. */
  msPerReplication?: number;
  prepareMs?: number;
  /** Worker milliseconds spent on the run, all workers together. */
  workerBusyMs?: number;
}

export interface SimulationControllerOptions {
  /** Makes the pool; the default starts `navigator.hardwareConcurrency − 1` (2–4) module workers. */
  createPool?: () => SimulationPool;
}

/**
 * True when the page was opened with `?testhooks=faults` (the fault tests do): the workers then obey the
 * `test-crash` message, are listed on `window.maalbarTestWorkers`, and count as dead after 2 s of silence
 * instead of 10 s. Harmless otherwise: it only lets the page's own user crash the page's own workers.
 */
export function faultHooksEnabled(): boolean {
  return (
    typeof location !== 'undefined' && new URLSearchParams(location.search).get('testhooks') === 'faults'
  );
}

/** The app's simulation worker, bundled by Vite as an ES-module worker. */
export function createSimulationWorker(): WorkerLike {
  const hooks = faultHooksEnabled();
  const worker = new Worker(new URL('../worker/simulation-worker.ts', import.meta.url), {
    type: 'module',
    name: hooks ? 'maalbar-simulation-test' : 'maalbar-simulation',
  }) as unknown as WorkerLike;
  if (hooks) {
    const page = globalThis as { maalbarTestWorkers?: WorkerLike[] };
    (page.maalbarTestWorkers ??= []).push(worker);
  }
  return worker;
}

export class SimulationController implements ReactiveController {
  status: SimulationStatus = 'initial';
  /** The latest merged result, kept while a new run starts so the page does not go blank. */
  result: MonteCarloResult | undefined;
  /** The run that `result` belongs to (0 before any). */
  resultRunId = 0;
  /** The current (or last) run, counting from 1. */
  runId = 0;
  /** Replications finished of the current run, and its R. */
  done = 0;
  total = 0;
  /** Replications the current `result` rests on. */
  used = 0;
  /** True when the last run was stopped by the user before all R replications. */
  cancelled = false;
  /** Why the last run failed (status ERROR), with located rule errors when the rules were the cause. */
  error: { message: string; ruleErrors?: LocatedError[] } | undefined;
  /** The last worker death of the current run (undefined when none died); `gaveUp` when the run failed of it. */
  crash: WorkerCrash | undefined;
  timings: RunTimings | undefined;

  private pool: SimulationPool | undefined;
  private abort: AbortController | undefined;
  /** When the host was last asked to render for progress alone (at most every PROGRESS_MS). */
  private progressShown = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SimulationControllerOptions = {},
  ) {
    host.addController(this);
  }

  /** The AbortSignal of the current run (aborted when it is replaced or cancelled). */
  get signal(): AbortSignal | undefined {
    return this.abort?.signal;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
    this.pool?.dispose();
    this.pool = undefined;
  }

  /** Starts a run, aborting the one before; resolves when it ends, however it ends (never rejects). */
  async run(job: SimulationJob): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.pool ??= this.options.createPool?.() ?? this.defaultPool();
    const runId = ++this.runId;
    const startedAt = performance.now();
    this.status = 'pending';
    this.cancelled = false;
    this.error = undefined;
    this.crash = undefined;
    this.done = 0;
    this.total = job.scenario.replications;
    this.timings = { runId, startedAt };
    this.host.requestUpdate();
    try {
      await this.pool.run(
        job,
        {
          onProgress: (done) => {
            if (this.runId !== runId) return;
            this.done = done;
            const now = performance.now();
            if (now - this.progressShown < PROGRESS_MS) return;
            this.progressShown = now;
            this.host.requestUpdate();
          },
          onUpdate: (update) => {
            if (this.runId !== runId) return;
            const elapsed = performance.now() - startedAt;
            const timings = this.timings;
            if (timings) {
              if (timings.firstResultMs === undefined) {
                timings.firstResultMs = elapsed;
                timings.firstResultReplications = update.used;
              }
              if (update.final) timings.completeMs = elapsed;
              timings.msPerReplication = update.msPerReplication;
              timings.prepareMs = update.prepareMs;
              timings.workerBusyMs = update.busyMs;
            }
            this.result = update.result;
            this.resultRunId = runId;
            this.used = update.used;
            this.host.requestUpdate();
          },
          onWorkerCrash: (crash) => {
            if (this.runId !== runId) return;
            this.crash = crash;
            this.host.requestUpdate();
          },
        },
        abort.signal,
      );
      if (this.runId === runId) this.status = 'complete';
    } catch (error) {
      if (this.runId !== runId) return;
      if (error instanceof SimulationAbortedError) {
        this.status = this.result ? 'complete' : 'initial';
        this.cancelled = true;
      } else {
        this.status = 'error';
        this.error =
          error instanceof SimulationFailedError
            ? {
                message: error.message,
                ...(error.response.ruleErrors ? { ruleErrors: error.response.ruleErrors } : {}),
              }
            : { message: error instanceof Error ? error.message : String(error) };
      }
    } finally {
      if (this.runId === runId) this.host.requestUpdate();
    }
  }

  /** Stops the current run; the result so far stays, marked as resting on fewer replications. */
  cancel(): void {
    this.abort?.abort();
  }

  /** Marks a failure found before any worker ran (e.g. an override path the scenario does not have). */
  fail(message: string): void {
    this.abort?.abort();
    this.runId++;
    this.status = 'error';
    this.error = { message };
    this.host.requestUpdate();
  }

  private defaultPool(): SimulationPool {
    const workers = defaultWorkerCount(
      typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency,
    );
    return new SimulationPool({
      createWorker: createSimulationWorker,
      workers,
      ...(faultHooksEnabled() ? { stallMs: 2000 } : {}),
    });
  }
}
