// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CalibrationResult } from '../../../src/calibrate/calibration-types.ts';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import { calibrateInWorker, type CalibrationWorkerLike } from '../../../web/import/calibration-client.ts';
import type {
  CalibrateRequest,
  CalibrationWorkerResponse,
} from '../../../web/import/calibration-protocol.ts';

/** A worker whose answers the test sends by hand. */
class FakeWorker implements CalibrationWorkerLike {
  onmessage: ((event: MessageEvent<CalibrationWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: CalibrateRequest[] = [];
  postMessage(message: CalibrateRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: CalibrationWorkerResponse): void {
    this.onmessage?.({ data } as MessageEvent<CalibrationWorkerResponse>);
  }
}

const request = { scenario: {} as ResolvedScenario, rules: [], series: [], options: {} };

describe('calibrateInWorker', () => {
  it('forwards progress, resolves with the result and ends the worker', async () => {
    const worker = new FakeWorker();
    const seen: number[] = [];
    const promise = calibrateInWorker(request, { onProgress: (p) => seen.push(p.done) }, () => worker);
    expect(worker.requests[0]?.type).toBe('calibrate');
    worker.answer({ type: 'progress', id: 1, phase: 'fit', done: 3, total: 10 });
    const result = { evaluations: 7 } as CalibrationResult;
    worker.answer({ type: 'done', id: 1, result });
    await expect(promise).resolves.toBe(result);
    expect(seen).toEqual([3]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the calibration message, and with an AbortError when stopped (terminating the worker)', async () => {
    const failing = new FakeWorker();
    const failed = calibrateInWorker(request, {}, () => failing);
    failing.answer({ type: 'failed', id: 1, message: 'no series point lies in the run' });
    await expect(failed).rejects.toThrow('no series point lies in the run');

    const running = new FakeWorker();
    const controller = new AbortController();
    const stopped = calibrateInWorker(request, { signal: controller.signal }, () => running);
    controller.abort();
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
    expect(running.terminated).toBe(true);
  });
});
