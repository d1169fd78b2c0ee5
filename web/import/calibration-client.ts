/**
 * The page's side of the calibration worker: `calibrate(request, { signal, onProgress })` starts a worker for
 * the calibration and resolves with its CalibrationResult. Aborting terminates the worker (calibrateScenario
 * cannot listen for messages while it runs) and rejects with an AbortError; a crash rejects with its message.
 */
import type { CalibrationProgress, CalibrationResult } from '../../src/calibrate/calibration-types.ts';
import type { CalibrateRequest, CalibrationWorkerResponse } from './calibration-protocol.ts';

/** The part of a Worker the client uses (a fake in unit tests). */
export interface CalibrationWorkerLike {
  postMessage(message: CalibrateRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CalibrationWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createCalibrationWorker(): CalibrationWorkerLike {
  return new Worker(new URL('./calibration-worker.ts', import.meta.url), {
    type: 'module',
    name: 'maalbar-calibration',
  }) as unknown as CalibrationWorkerLike;
}

export interface CalibrateCall {
  signal?: AbortSignal;
  onProgress?: (progress: CalibrationProgress) => void;
}

export function calibrateInWorker(
  request: Omit<CalibrateRequest, 'type' | 'id'>,
  call: CalibrateCall = {},
  createWorker: () => CalibrationWorkerLike = createCalibrationWorker,
): Promise<CalibrationResult> {
  const { signal } = call;
  if (signal?.aborted)
    return Promise.reject(new DOMException('The calibration was cancelled.', 'AbortError'));
  const worker = createWorker();
  return new Promise<CalibrationResult>((resolve, reject) => {
    const finish = (): void => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = (): void => {
      finish();
      reject(new DOMException('The calibration was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') {
        const { type: _type, id: _id, ...progress } = message;
        call.onProgress?.(progress);
        return;
      }
      finish();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The calibration worker stopped unexpectedly.'));
    };
    worker.postMessage({ type: 'calibrate', id: 1, ...request });
  });
}
