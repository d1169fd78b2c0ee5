/**
 * Runs a scenario's replications on a few Web Workers and refines the answer as slices come back. The range
 * [0, R) is cut into small contiguous slices handed to the workers; finished slices are merged with
 * mergeMonteCarlo in replication order (ProgressiveMerge), so the numbers are identical for any number of
 * workers. A first small batch (20–50 replications, as many as the workers can do in about `firstAnswerMs` at
 * the measured speed) gives the first answer; after that the merged result is published at most every
 * `publishMs` (longer when merging gets slow) and once more at the end. Slices are sized from the measured time
 * per replication to take about `sliceMs`, and each worker has up to `inFlight` of them queued so it never idles
 * while this thread merges. A new run (or a cancel) tells the workers to drop queued slices of the old one, so it
 * waits at most for one slice in progress — without SharedArrayBuffer, and without terminating warm workers.
 */
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { ProgressiveMerge } from './progressive-merge.ts';
import type { RunSliceRequest, WorkerResponse } from './protocol.ts';
import { SimulationAbortedError, SimulationFailedError } from './simulation-errors.ts';
import type { RunCallbacks, SimulationJob, WorkerLike } from './simulation-job.ts';
import { firstBatchSize, sliceSize } from './slice-sizes.ts';

export type { RunCallbacks, RunUpdate, SimulationJob, WorkerLike } from './simulation-job.ts';
export { SimulationAbortedError, SimulationFailedError } from './simulation-errors.ts';
export { defaultWorkerCount } from './slice-sizes.ts';

export interface SimulationPoolOptions {
  createWorker: () => WorkerLike;
  /** Number of workers, ≥ 1. */
  workers: number;
  /** Most replications of the first answer. @default 50 */
  firstBatch?: number;
  /** Fewest replications of the first answer. @default 20 */
  minFirstBatch?: number;
  /** Wanted milliseconds to the first answer, which sizes the first batch between the two. @default 600 */
  firstAnswerMs?: number;
  /** Wanted milliseconds per slice. @default 120 */
  sliceMs?: number;
  /** Slices a worker may have queued at once (2 keeps it busy while this thread merges). @default 2 */
  inFlight?: number;
  /** Least milliseconds between two published updates after the first. @default 400 */
  publishMs?: number;
  /** Guess of milliseconds per replication before anything is measured. @default 30 */
  initialMsPerReplication?: number;
}

/** A slice sent to a worker and not yet answered; the worker answers them in order. */
interface SentSlice {
  runId: number;
  /** Replications of it done so far (from progress messages). */
  done: number;
}

interface Slot {
  worker: WorkerLike;
  queue: SentSlice[];
  /** What this worker was last sent, so the same scenario and rules are not copied to it again. */
  sent: { rules?: string; model?: string };
}

interface ActiveRun {
  runId: number;
  job: SimulationJob;
  callbacks: RunCallbacks;
  total: number;
  firstBatch: number;
  /** Next replication not yet handed out. */
  next: number;
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

const now = (): number => performance.now();

export class SimulationPool {
  private readonly slots: Slot[] = [];
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  private msPerReplication: number;
  /** Milliseconds the last merge took on this thread (publishing waits at least 8× that). */
  private mergeMs = 0;
  private readonly options: Required<SimulationPoolOptions>;

  constructor(options: SimulationPoolOptions) {
    this.options = {
      firstBatch: 50,
      minFirstBatch: 20,
      firstAnswerMs: 600,
      sliceMs: 120,
      inFlight: 2,
      publishMs: 400,
      initialMsPerReplication: 30,
      ...options,
      workers: Math.max(1, Math.floor(options.workers)),
    };
    this.msPerReplication = this.options.initialMsPerReplication;
  }

  /**
   * `await pool.run(job, {onUpdate})` → the merged result of all R replications. Starting a run cancels the
   * one before (it rejects with SimulationAbortedError), as does `signal`.
   */
  run(job: SimulationJob, callbacks: RunCallbacks = {}, signal?: AbortSignal): Promise<MonteCarloResult> {
    this.cancel();
    const total = job.scenario.replications;
    return new Promise<MonteCarloResult>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new SimulationAbortedError());
        return;
      }
      const run: ActiveRun = {
        runId: this.nextRunId++,
        job,
        callbacks,
        total,
        firstBatch: Math.min(total, firstBatchSize(this.options, this.msPerReplication)),
        next: 0,
        slices: new ProgressiveMerge(),
        completed: 0,
        published: 0,
        lastPublish: 0,
        prepareMs: 0,
        busyMs: 0,
        timer: undefined,
        resolve,
        reject,
      };
      this.active = run;
      signal?.addEventListener('abort', () => this.cancel(run.runId), { once: true });
      this.ensureWorkers();
      for (const slot of this.slots) this.feed(slot);
    });
  }

  /** Cancels the running run (or only run `runId`): it rejects with SimulationAbortedError. */
  cancel(runId?: number): void {
    const run = this.active;
    if (!run || (runId !== undefined && run.runId !== runId)) return;
    this.finish(run);
    for (const slot of this.slots) {
      if (slot.queue.some((sent) => sent.runId === run.runId)) {
        slot.worker.postMessage({ type: 'cancel', runId: run.runId });
      }
    }
    run.reject(new SimulationAbortedError());
  }

  /** Cancels any run and terminates the workers. */
  dispose(): void {
    this.cancel();
    for (const slot of this.slots.splice(0)) {
      slot.worker.postMessage({ type: 'dispose' });
      slot.worker.terminate();
    }
  }

  private ensureWorkers(): void {
    while (this.slots.length < this.options.workers) {
      const slot: Slot = { worker: this.options.createWorker(), queue: [], sent: {} };
      slot.worker.onmessage = (event) => this.onMessage(slot, event.data);
      slot.worker.onerror = (event) => this.onWorkerError(slot, event);
      this.slots.push(slot);
    }
  }

  /** Tops up a worker's queue with the next slices of the active run. */
  private feed(slot: Slot): void {
    for (let run = this.active; run && run.next < run.total; run = this.active) {
      if (slot.queue.length >= this.options.inFlight) return;
      this.send(slot, run);
    }
  }

  private send(slot: Slot, run: ActiveRun): void {
    const from = run.next;
    const size = sliceSize(this.options, this.msPerReplication, run.next, run.firstBatch);
    const to = Math.min(run.total, from + size);
    run.next = to;
    slot.queue.push({ runId: run.runId, done: 0 });
    const { job } = run;
    const modelKey = `${job.scenarioKey}|${job.scenario.seed}`;
    const request: RunSliceRequest = {
      type: 'run',
      runId: run.runId,
      scenarioKey: job.scenarioKey,
      rules: slot.sent.rules === job.rules.key ? { key: job.rules.key } : job.rules,
      seed: job.scenario.seed,
      replications: run.total,
      from,
      to,
    };
    if (slot.sent.model !== modelKey) request.scenario = job.scenario;
    slot.sent = { rules: job.rules.key, model: modelKey };
    slot.worker.postMessage(request);
  }

  private onMessage(slot: Slot, response: WorkerResponse): void {
    const run = this.active;
    const current = run !== undefined && response.runId === run.runId;
    if (response.type === 'progress') {
      const sent = slot.queue[0];
      if (current && sent?.runId === response.runId) {
        sent.done = response.done;
        run.callbacks.onProgress?.(this.done(run), run.total);
      }
      return;
    }
    slot.queue.shift();
    if (response.type === 'error') slot.sent = {};
    if (!current || response.type === 'dropped') {
      this.feed(slot);
      return;
    }
    if (response.type === 'error') {
      this.cancelQuietly(run);
      run.reject(new SimulationFailedError(response));
      return;
    }
    const { result } = response;
    const size = result.raw.to - result.raw.from;
    if (size > 0) {
      const measured = Math.max(0.01, (response.elapsedMs - response.prepareMs) / size);
      this.msPerReplication = 0.5 * this.msPerReplication + 0.5 * measured;
    }
    run.prepareMs = Math.max(run.prepareMs, response.prepareMs);
    run.busyMs += response.elapsedMs;
    run.slices.add(result);
    run.completed += size;
    run.callbacks.onProgress?.(this.done(run), run.total);
    this.feed(slot);
    this.maybePublish(run);
  }

  /** A worker died (a script error): the run fails and the worker is replaced on the next run. */
  private onWorkerError(slot: Slot, event: ErrorEvent): void {
    event.preventDefault();
    slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
    const run = this.active;
    if (!run) return;
    this.cancelQuietly(run);
    run.reject(
      new SimulationFailedError({ message: event.message || 'A simulation worker failed to start.' }),
    );
  }

  /** Ends a run that failed: the other workers drop its queued slices. */
  private cancelQuietly(run: ActiveRun): void {
    this.finish(run);
    for (const slot of this.slots) slot.worker.postMessage({ type: 'cancel', runId: run.runId });
  }

  private done(run: ActiveRun): number {
    let inProgress = 0;
    for (const slot of this.slots) {
      const sent = slot.queue[0];
      if (sent?.runId === run.runId) inProgress += sent.done;
    }
    return run.completed + inProgress;
  }

  private maybePublish(run: ActiveRun): void {
    const k = run.slices.contiguous();
    if (k < run.firstBatch || k <= run.published) return;
    const interval = Math.max(this.options.publishMs, 8 * this.mergeMs);
    const wait = run.published === 0 || k === run.total ? 0 : run.lastPublish + interval - now();
    if (wait <= 0) this.publish(run);
    else run.timer ??= setTimeout(() => this.publish(run), wait);
  }

  private publish(run: ActiveRun): void {
    if (run.timer !== undefined) clearTimeout(run.timer);
    run.timer = undefined;
    if (this.active !== run) return;
    const started = now();
    const merged = run.slices.merge();
    this.mergeMs = now() - started;
    if (!merged) return;
    run.published = merged.raw.to;
    run.lastPublish = now();
    const final = merged.raw.to === run.total;
    run.callbacks.onUpdate?.({
      result: merged,
      used: merged.raw.to,
      total: run.total,
      final,
      msPerReplication: this.msPerReplication,
      prepareMs: run.prepareMs,
      busyMs: run.busyMs,
    });
    if (final) {
      this.finish(run);
      run.resolve(merged);
    }
  }

  /** Forgets the run: its remaining slices are not handed out and late answers are ignored. */
  private finish(run: ActiveRun): void {
    if (run.timer !== undefined) clearTimeout(run.timer);
    run.timer = undefined;
    if (this.active === run) this.active = undefined;
  }
}
