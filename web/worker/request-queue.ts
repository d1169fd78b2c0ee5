/**
 * The worker's queue of slice requests. Requests are run one per task, so that messages arriving meanwhile — a
 * `cancel`, or the first slice of a newer run — are seen before the next queued slice starts: a slice of a run
 * older than the newest run seen (or cancelled) is answered `dropped` instead of being computed. The app sends
 * a worker the rule files and the scenario only with the first request that needs them; they are kept here on
 * receipt, so a later request finds them even when that first one was dropped.
 */
import type { RunSliceRequest, WorkerRequest, WorkerResponse } from './protocol.ts';
import type { SliceRunner } from './slice-runner.ts';

export interface RequestQueueOptions {
  runSlice: SliceRunner;
  post: (response: WorkerResponse) => void;
  /** Runs a function in a later task (setTimeout 0 in a worker). */
  later: (task: () => void) => void;
}

/** `const receive = createRequestQueue({runSlice, post, later}); onmessage = (e) => receive(e.data)`. */
export function createRequestQueue(options: RequestQueueOptions): (request: WorkerRequest) => void {
  const queue: RunSliceRequest[] = [];
  let rules: RunSliceRequest['rules'] | undefined;
  let scenario: { key: string; scenario: NonNullable<RunSliceRequest['scenario']> } | undefined;
  /** The request with the rule files and scenario it refers to by key, as last received. */
  const complete = (request: RunSliceRequest): RunSliceRequest => {
    const modelKey = `${request.scenarioKey}|${request.seed}`;
    if (request.rules.files) rules = request.rules;
    if (request.scenario) scenario = { key: modelKey, scenario: request.scenario };
    const filled = { ...request };
    if (!filled.rules.files && rules?.key === filled.rules.key) filled.rules = rules;
    if (!filled.scenario && scenario?.key === modelKey) filled.scenario = scenario.scenario;
    return filled;
  };
  /** Slices of runs below this id are dropped. */
  let oldestWanted = 0;
  let scheduled = false;

  const runNext = (): void => {
    scheduled = false;
    const request = queue.shift();
    if (!request) return;
    if (request.runId < oldestWanted) options.post({ type: 'dropped', runId: request.runId });
    else options.runSlice(request);
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    options.later(runNext);
  };

  return (request) => {
    if (request.type === 'run') {
      oldestWanted = Math.max(oldestWanted, request.runId);
      queue.push(complete(request));
      schedule();
    } else if (request.type === 'cancel') {
      oldestWanted = Math.max(oldestWanted, request.runId + 1);
    }
  };
}
