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
  /** The name given to `new Worker(…, {name})`. */
  name: string;
}

const scope = self as unknown as WorkerScope;
const post = (response: WorkerResponse, transfer: Transferable[] = []): void =>
  scope.postMessage(response, transfer);
const receive = createRequestQueue({
  runSlice: createSliceRunner(post),
  post,
  later: (task) => setTimeout(task, 0),
});

/** Only a worker started for the fault tests obeys `test-crash` (see protocol.ts). */
const testHooks = scope.name.endsWith('-test');

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'dispose') scope.close();
  else if (request.type === 'test-crash') {
    if (!testHooks) return;
    if (request.mode === 'close') scope.close();
    else
      setTimeout(() => {
        throw new Error('Test crash of the simulation worker.');
      }, 0);
  } else receive(request);
});
