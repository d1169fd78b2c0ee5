import { describe, expect, test } from 'vitest';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { BUNDLED_RULES, ruleBundle } from '../../../web/bundle/bundled-rules.ts';
import {
  defaultWorkerCount,
  SimulationAbortedError,
  SimulationFailedError,
  SimulationPool,
  type RunUpdate,
  type SimulationJob,
} from '../../../web/worker/simulation-pool.ts';
import { FIXTURE_REPLICATIONS, fixtureScenario, referenceResult } from '../sim-fixture.ts';
import { fakeWorkers } from './fake-worker.ts';

const JOB: SimulationJob = { scenario: fixtureScenario(), scenarioKey: 'fixture', rules: BUNDLED_RULES };
const shared = fakeWorkers();

function pool(workers: number, fake = shared): SimulationPool {
  return new SimulationPool({
    createWorker: fake.create,
    workers,
    firstBatch: 4,
    minFirstBatch: 4,
    sliceMs: 1, // one replication per slice: the most slicing there can be
    publishMs: 0,
    inFlight: 2,
  });
}

/** The values and summaries that must not depend on the slicing. */
const numbers = (result: MonteCarloResult) => ({
  from: result.raw.from,
  to: result.raw.to,
  indicators: result.raw.indicators,
  states: result.raw.states,
  targets: result.targets,
});

describe('SimulationPool', () => {
  test('the merged result equals monteCarlo in one thread, for 1 and for 3 workers', async () => {
    const reference = numbers(referenceResult());
    const one = await pool(1).run(JOB);
    const three = await pool(3).run(JOB);
    expect(numbers(one)).toEqual(reference);
    expect(numbers(three)).toEqual(reference);
  });

  test('refines progressively: a first answer from the first batch, growing, then the final one', async () => {
    const updates: RunUpdate[] = [];
    const progress: number[] = [];
    await pool(2).run(JOB, { onUpdate: (u) => updates.push(u), onProgress: (done) => progress.push(done) });
    expect(updates[0]?.used).toBe(4);
    const used = updates.map((update) => update.used);
    expect(used).toEqual([...used].sort((a, b) => a - b));
    expect(updates.at(-1)).toMatchObject({
      used: FIXTURE_REPLICATIONS,
      total: FIXTURE_REPLICATIONS,
      final: true,
    });
    expect(updates.filter((update) => update.final)).toHaveLength(1);
    expect(progress.at(-1)).toBe(FIXTURE_REPLICATIONS);
    expect(updates[0]?.result.raw.to).toBe(4);
  });

  test('the first batch is spread over the workers: each one gets its share before anyone gets a second slice', async () => {
    const own = fakeWorkers();
    const simulation = new SimulationPool({
      createWorker: own.create,
      workers: 2,
      firstBatch: 6,
      minFirstBatch: 6,
      sliceMs: 1,
      publishMs: 0,
      inFlight: 2,
    });
    const updates: RunUpdate[] = [];
    await simulation.run(JOB, { onUpdate: (u) => updates.push(u) });
    const firstSlice = own.created.map((worker) => worker.sent.find((sent) => sent.type === 'run'));
    expect(firstSlice.map((sent) => sent && [sent.from, sent.to])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(updates[0]?.used).toBeGreaterThanOrEqual(6);
  });

  test('a new run cancels the one before: it rejects as aborted and publishes nothing more', async () => {
    const simulation = pool(2);
    const lateUpdates: RunUpdate[] = [];
    let second = false;
    const first = simulation.run(JOB, { onUpdate: (u) => second && lateUpdates.push(u) });
    second = true;
    const next = simulation.run({ ...JOB, scenario: { ...JOB.scenario } });
    await expect(first).rejects.toBeInstanceOf(SimulationAbortedError);
    expect(numbers(await next)).toEqual(numbers(referenceResult()));
    expect(lateUpdates).toEqual([]);
  });

  test('a replaced run’s queued slices are dropped by the workers, not computed', async () => {
    const own = fakeWorkers();
    const simulation = pool(2, own);
    const first = simulation.run(JOB);
    const next = simulation.run({ ...JOB });
    await expect(first).rejects.toBeInstanceOf(SimulationAbortedError);
    await next;
    const dropped = own.created.flatMap((worker) =>
      worker.answers.filter((answer) => answer.type === 'dropped'),
    );
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((answer) => answer.runId === 1)).toBe(true);
  });

  test('an aborted signal stops the run', async () => {
    const abort = new AbortController();
    const running = pool(2).run(JOB, { onUpdate: () => abort.abort() }, abort.signal);
    await expect(running).rejects.toBeInstanceOf(SimulationAbortedError);
  });

  test('a worker’s error rejects the run with its message', async () => {
    const failing = fakeWorkers({ fail: 'Scenario "x" /targets/0/indicator: no rule counts indicator "y"' });
    const running = pool(2, failing).run(JOB);
    await expect(running).rejects.toBeInstanceOf(SimulationFailedError);
    await expect(running).rejects.toThrow('no rule counts indicator');
  });

  test('each worker gets the scenario and the rule files once, later slices only their keys', async () => {
    const counting = fakeWorkers();
    await pool(2, counting).run(JOB);
    for (const worker of counting.created) {
      const runs = worker.sent.filter((request) => request.type === 'run');
      expect(runs.length).toBeGreaterThan(1);
      expect(runs.filter((request) => request.scenario !== undefined)).toHaveLength(1);
      expect(runs.filter((request) => request.rules.files !== undefined)).toHaveLength(1);
    }
  });

  test('new rules with an unchanged scenario key resend the scenario (the worker drops its model with the rules)', async () => {
    const counting = fakeWorkers();
    const workers = pool(1, counting);
    const reference = numbers(await workers.run(JOB));
    const edited = ruleBundle(Object.fromEntries(BUNDLED_RULES.files.map((f) => [f.path, `${f.text}\n`])));
    expect(edited.key).not.toBe(BUNDLED_RULES.key);
    const again = await workers.run({ ...JOB, rules: edited });
    // Same rules up to whitespace: the same numbers, prepared again from the resent scenario.
    expect(numbers(again)).toEqual(reference);
    const runs = counting.created[0]?.sent.filter((request) => request.type === 'run') ?? [];
    const firstOfEdited = runs.find((request) => request.rules.key === edited.key);
    expect(firstOfEdited?.scenario).toBeDefined();
    expect(firstOfEdited?.rules.files).toBeDefined();
  });

  test('dispose terminates the workers', async () => {
    const own = fakeWorkers();
    const simulation = pool(2, own);
    await simulation.run(JOB);
    simulation.dispose();
    expect(own.created.map((worker) => worker.terminated)).toEqual([true, true]);
  });

  test('the default worker count is cores − 1, between 2 and 4', () => {
    expect([undefined, 1, 2, 3, 4, 5, 16].map(defaultWorkerCount)).toEqual([2, 2, 2, 2, 3, 4, 4]);
  });
});
