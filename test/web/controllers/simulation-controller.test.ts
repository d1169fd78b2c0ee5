import { describe, expect, test } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { SimulationController } from '../../../web/controllers/simulation-controller.ts';
import { SimulationPool, type SimulationJob } from '../../../web/worker/simulation-pool.ts';
import { FIXTURE_REPLICATIONS, fixtureScenario, referenceResult } from '../sim-fixture.ts';
import { fakeWorkers } from '../worker/fake-worker.ts';

/** A host that records the controller's requests to re-render. */
function host() {
  const controllers: ReactiveController[] = [];
  const stub = {
    updates: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => void (stub.updates += 1),
    updateComplete: Promise.resolve(true),
    controllers,
  };
  return stub;
}

const workers = fakeWorkers();
const JOB: SimulationJob = { scenario: fixtureScenario(), scenarioKey: 'fixture', rules: BUNDLED_RULES };
const makeController = (fake = workers) => {
  const owner = host();
  const controller = new SimulationController(owner as unknown as ReactiveControllerHost, {
    createPool: () =>
      new SimulationPool({
        createWorker: fake.create,
        workers: 2,
        firstBatch: 4,
        minFirstBatch: 4,
        sliceMs: 1,
      }),
  });
  return { owner, controller };
};

describe('SimulationController', () => {
  test('goes INITIAL → PENDING → COMPLETE and ends with the merged result of all replications', async () => {
    const { owner, controller } = makeController();
    expect(owner.controllers).toContain(controller);
    expect(controller.status).toBe('initial');
    const running = controller.run(JOB);
    expect(controller.status).toBe('pending');
    expect(controller.total).toBe(FIXTURE_REPLICATIONS);
    expect(controller.signal?.aborted).toBe(false);
    await running;
    expect(controller.status).toBe('complete');
    expect(controller.used).toBe(FIXTURE_REPLICATIONS);
    expect(controller.resultRunId).toBe(controller.runId);
    expect(controller.result?.targets).toEqual(referenceResult().targets);
    expect(controller.timings?.firstResultReplications).toBe(4);
    expect(controller.timings?.completeMs).toBeGreaterThanOrEqual(
      controller.timings?.firstResultMs ?? Infinity,
    );
    expect(owner.updates).toBeGreaterThan(2);
  });

  test('a new run aborts the one before; only the new run’s numbers are kept', async () => {
    const { controller } = makeController();
    const first = controller.run(JOB);
    const firstSignal = controller.signal;
    const second = controller.run(JOB);
    expect(firstSignal?.aborted).toBe(true);
    await Promise.all([first, second]);
    expect(controller.runId).toBe(2);
    expect(controller.resultRunId).toBe(2);
    expect(controller.status).toBe('complete');
    expect(controller.cancelled).toBe(false);
  });

  test('cancel keeps the result so far and marks it cancelled (INITIAL when there was none yet)', async () => {
    const { controller } = makeController();
    const early = controller.run(JOB);
    controller.cancel();
    await early;
    expect(controller.status).toBe('initial');
    expect(controller.cancelled).toBe(true);
  });

  test('a failing worker gives ERROR with its message', async () => {
    const { controller } = makeController(fakeWorkers({ fail: 'no rule counts indicator "x"' }));
    await controller.run(JOB);
    expect(controller.status).toBe('error');
    expect(controller.error?.message).toContain('no rule counts indicator');
  });

  test('fail() reports an error found before any worker ran', () => {
    const { controller } = makeController();
    controller.fail('path "/macro/x" does not exist');
    expect(controller.status).toBe('error');
    expect(controller.error).toEqual({ message: 'path "/macro/x" does not exist' });
  });
});
