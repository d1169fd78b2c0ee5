/**
 * In-process stand-ins for the simulation Web Worker: each runs the worker's own request queue and slice runner
 * asynchronously, as a worker would, and records what it was sent. Workers of one `fakeWorkers()` share one
 * slice runner, so the rules are loaded and the model prepared once per test file. `crash` makes a worker die
 * as a real one can: `error` — an error outside its handlers (the Worker fires `error`); `silent` — killed or
 * closed, after which it never answers and fires nothing.
 */
import type { RunSliceRequest, WorkerRequest, WorkerResponse } from '../../../web/worker/protocol.ts';
import { createRequestQueue } from '../../../web/worker/request-queue.ts';
import type { WorkerLike } from '../../../web/worker/simulation-pool.ts';
import { createSliceRunner, type SliceRunner } from '../../../web/worker/slice-runner.ts';

export interface FakeWorker extends WorkerLike {
  sent: WorkerRequest[];
  answers: WorkerResponse[];
  terminated: boolean;
  /** Whether a worker with `prepareDelayMs` has prepared. */
  prepared: boolean;
  /** Run requests waiting for that preparation, in the order they came. */
  waiting: RunSliceRequest[];
}

/** How a fake worker dies. */
export type FakeCrash = 'error' | 'silent';

export interface FakeWorkerOptions {
  /** Every slice fails with this message (an `error` answer: the worker stays alive). */
  fail?: string;
  /** Decides, for each run request a worker receives, whether it dies on it instead of answering. */
  crash?: (worker: FakeWorker, request: RunSliceRequest) => FakeCrash | undefined;
  /** Each worker answers nothing for this long before its first slice, as a slow model preparation would. */
  prepareDelayMs?: number;
}

export function fakeWorkers(options: FakeWorkerOptions = {}) {
  const created: FakeWorker[] = [];
  let deliver: (response: WorkerResponse) => void = () => undefined;
  const shared: SliceRunner = createSliceRunner((response) => deliver(response));
  const create = (): FakeWorker => {
    const answer = (response: WorkerResponse): void => {
      worker.answers.push(response);
      setTimeout(() => {
        if (!worker.terminated) worker.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
      }, 0);
    };
    const runSlice: SliceRunner = (request) => {
      if (options.fail) {
        answer({ type: 'error', runId: request.runId, message: options.fail });
        return;
      }
      deliver = answer;
      shared(request);
    };
    const receive = createRequestQueue({ runSlice, post: answer, later: (task) => setTimeout(task, 0) });
    const worker: FakeWorker = {
      sent: [],
      prepared: false,
      waiting: [],
      answers: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(request: WorkerRequest) {
        worker.sent.push(request);
        const crash = request.type === 'run' ? options.crash?.(worker, request) : undefined;
        setTimeout(() => {
          if (worker.terminated) return;
          if (crash === 'silent') worker.terminated = true;
          else if (crash === 'error') {
            worker.terminated = true;
            const event = { message: 'Test crash', preventDefault: () => undefined };
            worker.onerror?.(event as ErrorEvent);
          } else if (request.type === 'run' && options.prepareDelayMs && !worker.prepared) {
            // Requests keep their order, as a real worker's messages do: they wait in a line until the first
            // one's preparation is over. (One timer per request would let a later one fire first.)
            if (worker.waiting.length === 0) {
              setTimeout(() => {
                worker.prepared = true;
                for (const queued of worker.waiting.splice(0)) if (!worker.terminated) receive(queued);
              }, options.prepareDelayMs);
            }
            worker.waiting.push(request);
          } else receive(request);
        }, 0);
      },
      terminate() {
        worker.terminated = true;
      },
    };
    created.push(worker);
    return worker;
  };
  return { create, created };
}
