/**
 * Monte Carlo on worker_threads: the replications [0, R) are cut into contiguous slices that the workers take one
 * at a time, large at first and smaller towards the end (so the workers finish together rather than one waiting
 * for the other's last large slice), and mergeMonteCarlo puts the slices back in
 * replication order. Replication r depends on (seed, r) alone, so the result is byte-identical for any number of
 * workers and any order in which the slices finish.
 *
 * Each worker runs src/cli/worker-entry.ts: in the bundle dist/cli/worker-entry.js next to dist/cli/main.js,
 * from the TypeScript sources (tests, tsx) the .ts file with tsx registered first.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleSet } from '../rules/rule-file.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { mergeMonteCarlo } from '../sim/merge-monte-carlo.ts';
import type { MonteCarloResult } from '../sim/monte-carlo-result.ts';

/** What every worker receives once (workerData): it prepares its own model from it. */
export interface WorkerInit {
  scenario: ResolvedScenario;
  ruleSet: RuleSet;
  /** Replications of the whole run (R); slices lie within [0, R). */
  replications: number;
}

/** A slice to run: replications [from, to). */
export interface WorkerRequest {
  from: number;
  to: number;
}

/** What a worker posts back: progress (one replication done), a finished slice, or an error. */
export type WorkerResponse =
  { type: 'progress' } | { type: 'result'; result: MonteCarloResult } | { type: 'error'; message: string };

export interface WorkerPoolOptions extends WorkerInit {
  /** Number of worker threads (≥ 1; at most one per slice). */
  workers: number;
  /** Replications per slice; default guidedSlices: remaining / (4 × workers), between 1 and 50. */
  sliceSize?: number;
  /** Run only replications [from, to) of the R (one machine's part of a study); default [0, R). */
  from?: number;
  to?: number;
  /** Called after every finished replication with the replications done so far and the number to run. */
  onProgress?: (done: number, total: number) => void;
}

/** The default number of workers: min(2, cores). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** How a worker is started: the entry module and the code to run it. */
function workerSource(): { code: string; eval: true } | { url: URL; eval: false } {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return { url: new URL('./worker-entry.js', import.meta.url), eval: false };
  // Node 20 does not apply tsx's loader to a worker's entry module: register it in the worker, then import.
  const entry = new URL('./worker-entry.ts', import.meta.url).href;
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  return {
    code: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
  };
}

/** Contiguous slices [from, to) of [start, end) (default [0, end)). */
export function replicationSlices(end: number, size: number, start = 0): WorkerRequest[] {
  const slices: WorkerRequest[] = [];
  for (let from = start; from < end; from += size) {
    slices.push({ from, to: Math.min(end, from + size) });
  }
  return slices;
}

/** Most replications in one slice of guidedSlices: about half a second of LTK 2015 on one core. */
const MAX_GUIDED_SLICE = 50;

/**
 * Guided slices of [start, end) for `workers` workers: each takes a quarter of a worker's share of what is left
 * (at most MAX_GUIDED_SLICE, at least 1), so slices shrink towards the end and the last ones take little time.
 * `guidedSlices(1000, 2)` → 50, 50, …, 44, 39, …, 1.
 */
export function guidedSlices(end: number, workers: number, start = 0): WorkerRequest[] {
  const slices: WorkerRequest[] = [];
  const share = 4 * Math.max(1, workers);
  for (let from = start; from < end;) {
    const size = Math.max(1, Math.min(MAX_GUIDED_SLICE, Math.ceil((end - from) / share)));
    slices.push({ from, to: Math.min(end, from + size) });
    from += size;
  }
  return slices;
}

/**
 * `await monteCarloInWorkers({scenario, ruleSet, replications: 1000, workers: 2})` → the same result as
 * `monteCarlo(prepareModel(scenario, ruleSet), {replications: 1000})` in one thread.
 */
export async function monteCarloInWorkers(options: WorkerPoolOptions): Promise<MonteCarloResult> {
  const { replications } = options;
  const start = options.from ?? 0;
  const end = options.to ?? replications;
  const pending =
    options.sliceSize === undefined
      ? guidedSlices(end, options.workers, start)
      : replicationSlices(end, options.sliceSize, start);
  const count = Math.max(1, Math.min(options.workers, pending.length));
  const init: WorkerInit = { scenario: options.scenario, ruleSet: options.ruleSet, replications };
  const source = workerSource();
  const results: MonteCarloResult[] = [];
  const workers: Worker[] = [];
  let done = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker): void => {
        const slice = pending.shift();
        if (!slice) {
          running--;
          if (running === 0 && !failed) resolve();
          return;
        }
        worker.postMessage(slice satisfies WorkerRequest);
      };
      for (let i = 0; i < count; i++) {
        const worker =
          source.eval === true
            ? new Worker(source.code, { eval: true, workerData: init })
            : new Worker(source.url, { workerData: init });
        workers.push(worker);
        running++;
        worker.on('message', (message: WorkerResponse) => {
          if (message.type === 'progress') {
            done++;
            options.onProgress?.(done, end - start);
          } else if (message.type === 'result') {
            results.push(message.result);
            feed(worker);
          } else {
            fail(new Error(message.message));
          }
        });
        worker.on('error', (error: unknown) =>
          fail(error instanceof Error ? error : new Error(String(error))),
        );
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`A simulation worker stopped with exit code ${code}.`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return mergeMonteCarlo(results);
}
