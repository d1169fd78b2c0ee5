/**
 * The simulation Web Worker: receives requests (see protocol.ts), queues the slices and answers each with
 * progress and the slice's result, value arrays transferred. Slices of a cancelled or replaced run that are
 * still queued are dropped rather than computed.
 *
 * Started by the app as `new Worker(new URL('./simulation-worker.ts', import.meta.url), {type: 'module'})`.
 */
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { createRequestQueue } from './request-queue.ts';
import { createSliceRunner } from './slice-runner.ts';

/** The part of DedicatedWorkerGlobalScope this worker uses (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;
const post = (response: WorkerResponse, transfer: Transferable[] = []): void =>
  scope.postMessage(response, transfer);
const receive = createRequestQueue({
  runSlice: createSliceRunner(post),
  post,
  later: (task) => setTimeout(task, 0),
});

scope.addEventListener('message', (event) => {
  if (event.data.type === 'dispose') scope.close();
  else receive(event.data);
});
