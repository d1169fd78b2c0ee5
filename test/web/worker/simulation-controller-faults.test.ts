import type { ReactiveControllerHost } from 'lit';
import { describe, expect, test } from 'vitest';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { SimulationController } from '../../../web/controllers/simulation-controller.ts';
import { SimulationPool, type SimulationJob } from '../../../web/worker/simulation-pool.ts';
import { FIXTURE_REPLICATIONS, fixtureScenario } from '../sim-fixture.ts';
import { fakeWorkers, type FakeWorkerOptions } from './fake-worker.ts';

const JOB: SimulationJob = { scenario: fixtureScenario(), scenarioKey: 'fixture', rules: BUNDLED_RULES };

function controllerWith(crash: FakeWorkerOptions['crash']) {
  const host = { addController: () => undefined, requestUpdate: () => undefined };
  const fake = fakeWorkers({ crash });
  const controller = new SimulationController(host as unknown as ReactiveControllerHost, {
    createPool: () =>
      new SimulationPool({
        createWorker: fake.create,
        workers: 2,
        firstBatch: 4,
        minFirstBatch: 4,
        sliceMs: 1,
      }),
  });
  return controller;
}

describe('SimulationController when workers die', () => {
  test('one death: the run completes with all replications and `crash` tells the host', async () => {
    let died = false;
    const controller = controllerWith(() => (died ? undefined : ((died = true), 'error')));
    await controller.run(JOB);
    expect(controller.status).toBe('complete');
    expect(controller.used).toBe(FIXTURE_REPLICATIONS);
    expect(controller.crash).toMatchObject({ crashes: 1, gaveUp: false });
  });

  test('deaths in a row: status ERROR with `crash.gaveUp`, and the next run clears it', async () => {
    let broken = true;
    const controller = controllerWith(() => (broken ? 'error' : undefined));
    await controller.run(JOB);
    expect(controller.status).toBe('error');
    expect(controller.crash).toMatchObject({ crashes: 3, gaveUp: true });
    expect(controller.error?.message).toContain('gave up');
    broken = false;
    // A worker sent a slice before the pool gave up still dies of it; idle, that only removes it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await controller.run(JOB);
    expect(controller.status).toBe('complete');
    expect(controller.crash).toBeUndefined();
  });
});
