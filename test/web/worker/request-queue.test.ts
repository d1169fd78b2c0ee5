import { describe, expect, test } from 'vitest';
import type { RunSliceRequest, WorkerResponse } from '../../../web/worker/protocol.ts';
import { createRequestQueue } from '../../../web/worker/request-queue.ts';

/** A queue whose "later" tasks run when the test says, and whose slice runner only records. */
function harness() {
  const tasks: (() => void)[] = [];
  const ran: string[] = [];
  const posted: WorkerResponse[] = [];
  const seen: RunSliceRequest[] = [];
  const receive = createRequestQueue({
    runSlice: (request) => {
      seen.push(request);
      ran.push(`${request.runId}:${request.from}`);
    },
    post: (response) => posted.push(response),
    later: (task) => tasks.push(task),
  });
  const step = (): void => tasks.shift()?.();
  return { receive, ran, posted, step, tasks, seen };
}

const slice = (runId: number, from: number): RunSliceRequest => ({
  type: 'run',
  runId,
  scenarioKey: 'k',
  rules: { key: 'r' },
  seed: 1,
  replications: 100,
  from,
  to: from + 10,
});

describe('the worker’s request queue', () => {
  test('runs queued slices one per task, in order', () => {
    const { receive, ran, step } = harness();
    receive(slice(1, 0));
    receive(slice(1, 10));
    expect(ran).toEqual([]);
    step();
    expect(ran).toEqual(['1:0']);
    step();
    expect(ran).toEqual(['1:0', '1:10']);
  });

  test('a newer run’s slice makes the older queued slices answer "dropped" instead of running', () => {
    const { receive, ran, posted, step } = harness();
    receive(slice(1, 0));
    receive(slice(1, 10));
    step();
    receive(slice(2, 0));
    step();
    step();
    expect(ran).toEqual(['1:0', '2:0']);
    expect(posted).toEqual([{ type: 'dropped', runId: 1 }]);
  });

  test('a cancel drops the queued slices of that run and older ones', () => {
    const { receive, ran, posted, step, tasks } = harness();
    receive(slice(3, 0));
    receive(slice(3, 10));
    receive({ type: 'cancel', runId: 3 });
    while (tasks.length > 0) step();
    expect(ran).toEqual([]);
    expect(posted).toEqual([
      { type: 'dropped', runId: 3 },
      { type: 'dropped', runId: 3 },
    ]);
  });

  test('rule files and scenario sent with a dropped slice still reach the later slices that refer to them', () => {
    const { receive, seen, step, tasks } = harness();
    const files = [{ path: 'rules/a.json', text: '{}' }];
    const scenario = { id: 'x' } as unknown as NonNullable<RunSliceRequest['scenario']>;
    receive({ ...slice(1, 0), rules: { key: 'r', files }, scenario });
    receive({ ...slice(2, 0) });
    while (tasks.length > 0) step();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.runId).toBe(2);
    expect(seen[0]?.rules.files).toBe(files);
    expect(seen[0]?.scenario).toBe(scenario);
  });
});
