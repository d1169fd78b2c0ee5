/**
 * In-process stand-ins for the simulation Web Worker: each runs the worker's own request queue and slice runner
 * asynchronously, as a worker would, and records what it was sent. Workers of one `fakeWorkers()` share one
 * slice runner, so the rules are loaded and the model prepared once per test file.
 */
import type { WorkerRequest, WorkerResponse } from '../../../web/worker/protocol.ts';
import { createRequestQueue } from '../../../web/worker/request-queue.ts';
import type { WorkerLike } from '../../../web/worker/simulation-pool.ts';
import { createSliceRunner, type SliceRunner } from '../../../web/worker/slice-runner.ts';

export interface FakeWorker extends WorkerLike {
  sent: WorkerRequest[];
  answers: WorkerResponse[];
  terminated: boolean;
}

export function fakeWorkers(options: { fail?: string } = {}) {
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
      answers: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(request: WorkerRequest) {
        worker.sent.push(request);
        setTimeout(() => {
          if (!worker.terminated) receive(request);
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
