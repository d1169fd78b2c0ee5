/**
 * Runs a scenario's replications on a few Web Workers and refines the answer as slices come back. The range
 * [0, R) is cut into small contiguous slices handed to the workers; finished slices are merged with
 * mergeMonteCarlo in replication order (ProgressiveMerge), so the numbers are identical for any number of
 * workers. A first small batch (20–50 replications, as many as the workers can do in about `firstAnswerMs` at
 * the measured speed) gives the first answer; after that the merged result is published at most every
 * `publishMs` and at the end. Slices take about `sliceMs` at the measured speed; each worker has up to `inFlight`
 * queued so it never idles while this thread merges. A new run (or a cancel) makes the workers drop queued slices
 * of the old one — without SharedArrayBuffer, and without terminating warm workers.
 *
 * Faults: a worker that dies (an `error` event, or silence for `stallMs` while it has work: killed, closed, out
 * of memory) is replaced and its unfinished slices are handed out again — the same numbers, as replication r
 * depends on (seed, r) alone. After `maxCrashes` deaths in a row the run rejects with SimulationCrashedError.
 */
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { ProgressiveMerge } from './progressive-merge.ts';
import type { RunSliceRequest, WorkerResponse } from './protocol.ts';
import {
  SimulationAbortedError,
  SimulationCrashedError,
  SimulationFailedError,
} from './simulation-errors.ts';
import type { RunCallbacks, SimulationJob } from './simulation-job.ts';
import type { ActiveRun, Slot } from './pool-state.ts';
import { firstBatchSize, sliceSize } from './slice-sizes.ts';
import { poolOptions, type SimulationPoolOptions } from './simulation-pool-options.ts';
import { StallWatchdog } from './stall-watchdog.ts';

export type { RunCallbacks, RunUpdate, SimulationJob, WorkerCrash, WorkerLike } from './simulation-job.ts';
export {
  SimulationAbortedError,
  SimulationCrashedError,
  SimulationFailedError,
} from './simulation-errors.ts';
export { defaultWorkerCount } from './slice-sizes.ts';
export type { SimulationPoolOptions } from './simulation-pool-options.ts';

const now = (): number => performance.now();
/** Preparing a model (a synthetic cohort) sends no progress: a slice may then be silent this many × longer. */
const PREPARE_STALL = 6;

export class SimulationPool {
  private readonly slots: Slot[] = [];
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  private msPerReplication: number;
  /** Milliseconds the last merge took on this thread (publishing waits at least 8× that). */
  private mergeMs = 0;
  private readonly options: Required<SimulationPoolOptions>;
  /** Worker deaths since the last finished slice. */
  private crashes = 0;
  private readonly watchdog: StallWatchdog;

  constructor(options: SimulationPoolOptions) {
    this.options = poolOptions(options);
    this.msPerReplication = this.options.initialMsPerReplication;
    this.watchdog = new StallWatchdog(this.options.stallMs, () => this.checkStalls());
  }

  /** `await pool.run(job, {onUpdate})` → the merged result of all R; a new run or `signal` aborts the last. */
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
        retry: [],
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
      this.crashes = 0;
      this.watchdog.start();
      signal?.addEventListener('abort', () => this.cancel(run.runId), { once: true });
      this.ensureWorkers();
      this.feed();
    });
  }

  /** Cancels the running run (or only run `runId`): it rejects with SimulationAbortedError. */
  cancel(runId?: number): void {
    const run = this.active;
    if (!run || (runId !== undefined && run.runId !== runId)) return;
    this.finish(run);
    const busy = this.slots.filter((slot) => slot.queue.some((sent) => sent.runId === run.runId));
    for (const slot of busy) slot.worker.postMessage({ type: 'cancel', runId: run.runId });
    run.reject(new SimulationAbortedError());
  }

  /** Cancels any run and terminates the workers. */
  dispose(): void {
    this.cancel();
    this.watchdog.stop();
    for (const slot of this.slots.splice(0)) {
      slot.worker.onmessage = slot.worker.onerror = null;
      slot.worker.postMessage({ type: 'dispose' });
      slot.worker.terminate();
    }
  }

  private ensureWorkers(): void {
    while (this.slots.length < this.options.workers) {
      const slot: Slot = { worker: this.options.createWorker(), queue: [], sent: {}, heard: now() };
      slot.worker.onmessage = (event) => this.onMessage(slot, event.data);
      slot.worker.onerror = (event) => this.onWorkerError(slot, event);
      this.slots.push(slot);
    }
  }

  /**
   * Tops up the workers' queues with the next slices of the active run, one slice per worker in turn, so that the
   * first batch (one slice per worker) is spread over all the workers rather than queued on the first.
   */
  private feed(): void {
    for (let depth = 1; depth <= this.options.inFlight; depth++) {
      for (const slot of this.slots) {
        const run = this.active;
        if (!run || (run.next >= run.total && run.retry.length === 0)) return;
        if (slot.queue.length < depth) this.send(slot, run);
      }
    }
  }

  private send(slot: Slot, run: ActiveRun): void {
    let slice = run.retry.shift();
    if (!slice) {
      const size = sliceSize(this.options, this.msPerReplication, run.next, run.firstBatch);
      slice = { from: run.next, to: Math.min(run.total, run.next + size) };
      run.next = slice.to;
    }
    const { from, to } = slice;
    if (slot.queue.length === 0) slot.heard = now();
    const { job } = run;
    const modelKey = `${job.scenarioKey}|${job.scenario.seed}`;
    const prepares = slot.sent.model !== modelKey || slot.sent.rules !== job.rules.key;
    slot.queue.push({ runId: run.runId, from, to, done: 0, prepares });
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
    // New rules make the worker drop its model, so the scenario goes with them even when its key is unchanged.
    if (prepares) request.scenario = job.scenario;
    slot.sent = { rules: job.rules.key, model: modelKey };
    slot.worker.postMessage(request);
  }

  private onMessage(slot: Slot, response: WorkerResponse): void {
    slot.heard = now();
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
      this.feed();
      return;
    }
    if (response.type === 'error') {
      this.cancelQuietly(run);
      run.reject(new SimulationFailedError(response));
      return;
    }
    this.crashes = 0;
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
    this.feed();
    this.maybePublish(run);
  }

  /** An error escaped the worker's handlers (or its script failed to load): it counts as dead. */
  private onWorkerError(slot: Slot, event: ErrorEvent): void {
    event.preventDefault();
    this.onCrash(slot, event.message || 'the worker failed without a message');
  }

  /** A worker died: dropped; during a run replaced, its slices handed out again (or, too many, the run fails). */
  private onCrash(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.worker.onmessage = slot.worker.onerror = null;
    slot.worker.terminate();
    const run = this.active;
    if (!run) return;
    this.crashes++;
    const gaveUp = this.crashes >= this.options.maxCrashes;
    run.callbacks.onWorkerCrash?.({ crashes: this.crashes, gaveUp, reason });
    if (this.active !== run) return;
    if (gaveUp) {
      this.cancelQuietly(run);
      run.reject(new SimulationCrashedError(this.crashes, reason));
      return;
    }
    const lost = slot.queue.filter((sent) => sent.runId === run.runId);
    run.retry.push(...lost.map(({ from, to }) => ({ from, to })));
    run.retry.sort((a, b) => a.from - b.from);
    this.ensureWorkers();
    this.feed();
    run.callbacks.onProgress?.(this.done(run), run.total);
  }

  /** A worker silent for `stallMs` with work (6× while it prepares a model) is dead; false stops the checks. */
  private checkStalls(): boolean {
    if (!this.active) return false;
    for (const slot of [...this.slots]) {
      const first = slot.queue[0];
      const allowed = (first?.prepares ? PREPARE_STALL : 1) * this.options.stallMs;
      if (first && now() - slot.heard > allowed) this.onCrash(slot, `no answer for ${allowed / 1000} s`);
    }
    return true;
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
