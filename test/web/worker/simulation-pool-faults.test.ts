import { describe, expect, test } from 'vitest';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import {
  SimulationCrashedError,
  SimulationPool,
  type SimulationJob,
  type WorkerCrash,
} from '../../../web/worker/simulation-pool.ts';
import { fixtureScenario, referenceResult } from '../sim-fixture.ts';
import { fakeWorkers, type FakeCrash, type FakeWorkerOptions } from './fake-worker.ts';

const JOB: SimulationJob = { scenario: fixtureScenario(), scenarioKey: 'fixture', rules: BUNDLED_RULES };

function pool(fake: ReturnType<typeof fakeWorkers>, stallMs = 10_000): SimulationPool {
  return new SimulationPool({
    createWorker: fake.create,
    workers: 2,
    firstBatch: 4,
    minFirstBatch: 4,
    sliceMs: 1, // one replication per slice, so a crash hits mid-run
    publishMs: 0,
    stallMs,
  });
}

/** The values that must not depend on which worker ran which slice, or how often one was retried. */
const numbers = (result: MonteCarloResult) => ({
  to: result.raw.to,
  indicators: result.raw.indicators,
  states: result.raw.states,
  targets: result.targets,
});

/** The first worker dies as `how` on its third slice (after it has finished two). */
function firstWorkerDiesMidRun(how: FakeCrash): FakeWorkerOptions['crash'] {
  return (worker, request) => {
    const runs = worker.sent.filter((sent) => sent.type === 'run').length;
    return worker === first && runs === 3 && request.type === 'run' ? how : undefined;
  };
}
let first: unknown;

describe('SimulationPool with dying workers', () => {
  test.each(['error', 'silent'] as const)(
    'a worker that dies mid-run (%s) is replaced and the run ends with the same numbers',
    async (how) => {
      const fake = fakeWorkers({ crash: firstWorkerDiesMidRun(how) });
      const simulation = pool(fake, 1500);
      const crashes: WorkerCrash[] = [];
      const running = simulation.run(JOB, { onWorkerCrash: (crash) => crashes.push(crash) });
      first = fake.created[0];
      const result = await running;
      // The reference is monteCarlo in one thread over the same replications (test/web/sim-fixture.ts).
      expect(numbers(result)).toEqual(numbers(referenceResult()));
      expect(crashes).toHaveLength(1);
      expect(crashes[0]).toMatchObject({ crashes: 1, gaveUp: false });
      expect(crashes[0]?.reason).toBe(how === 'error' ? 'Test crash' : 'no answer for 1.5 s');
      expect(fake.created).toHaveLength(3);
      expect(fake.created[0]?.terminated).toBe(true);
      // The slice the dead worker never answered was handed out again, to a live worker.
      const dead = fake.created[0]?.sent.filter((request) => request.type === 'run') ?? [];
      const lost = dead[2];
      const again = fake.created
        .slice(1)
        .flatMap((worker) => worker.sent)
        .filter((request) => request.type === 'run' && request.from === lost?.from);
      expect(lost).toBeDefined();
      expect(again).toHaveLength(1);
    },
  );

  test('after 3 deaths in a row the run rejects and says so; the next run starts afresh', async () => {
    let broken = true;
    const fake = fakeWorkers({ crash: () => (broken ? 'error' : undefined) });
    const simulation = pool(fake);
    const crashes: WorkerCrash[] = [];
    const running = simulation.run(JOB, { onWorkerCrash: (crash) => crashes.push(crash) });
    await expect(running).rejects.toBeInstanceOf(SimulationCrashedError);
    await expect(running).rejects.toThrow('3 simulation workers in a row stopped unexpectedly');
    expect(crashes.map((crash) => [crash.crashes, crash.gaveUp])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // Two workers, replaced after the first two deaths only: no worker is started after giving up.
    expect(fake.created).toHaveLength(4);
    broken = false;
    expect(numbers(await simulation.run(JOB))).toEqual(numbers(referenceResult()));
  });

  test('deaths separated by finished slices do not add up to giving up', async () => {
    // Every worker dies on its second slice, after finishing one: 1 death in a row each time, never 3.
    const fake = fakeWorkers({
      crash: (worker) =>
        worker.sent.filter((sent) => sent.type === 'run').length === 2 ? 'error' : undefined,
    });
    const simulation = new SimulationPool({
      createWorker: fake.create,
      workers: 1,
      firstBatch: 4,
      minFirstBatch: 4,
      sliceMs: 1,
      publishMs: 0,
      inFlight: 1,
    });
    const crashes: WorkerCrash[] = [];
    const result = await simulation.run(JOB, { onWorkerCrash: (crash) => crashes.push(crash) });
    expect(numbers(result)).toEqual(numbers(referenceResult()));
    expect(crashes.length).toBeGreaterThan(3);
    expect(crashes.every((crash) => crash.crashes === 1 && !crash.gaveUp)).toBe(true);
  });

  test('a first slice may be silent longer while the worker prepares the model (6 × stallMs)', async () => {
    // 2.5 s of silence before the first slice: over stallMs (1 s) but within 6 × 1 s for a preparing worker.
    const fake = fakeWorkers({ prepareDelayMs: 2500 });
    const crashes: WorkerCrash[] = [];
    const result = await pool(fake, 1000).run(JOB, { onWorkerCrash: (crash) => crashes.push(crash) });
    expect(crashes).toEqual([]);
    expect(numbers(result)).toEqual(numbers(referenceResult()));
  });

  test('a worker is not declared dead while it keeps answering', async () => {
    const fake = fakeWorkers();
    const crashes: WorkerCrash[] = [];
    // stallMs far above a replication's time: no false alarms on a healthy run.
    await pool(fake, 5_000).run(JOB, { onWorkerCrash: (crash) => crashes.push(crash) });
    expect(crashes).toEqual([]);
    expect(fake.created).toHaveLength(2);
  });
});
