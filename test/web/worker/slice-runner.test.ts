import { describe, expect, test } from 'vitest';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import type { RunSliceRequest, WorkerResponse } from '../../../web/worker/protocol.ts';
import { createSliceRunner } from '../../../web/worker/slice-runner.ts';
import { FIXTURE_REPLICATIONS, fixtureScenario, referenceResult } from '../sim-fixture.ts';

function recorder() {
  const responses: { response: WorkerResponse; transfer: ArrayBuffer[] }[] = [];
  const run = createSliceRunner((response, transfer) => responses.push({ response, transfer }));
  return { run, responses };
}

function request(from: number, to: number, extra: Partial<RunSliceRequest> = {}): RunSliceRequest {
  const scenario = fixtureScenario();
  return {
    type: 'run',
    runId: 7,
    scenario,
    scenarioKey: 'fixture',
    rules: BUNDLED_RULES,
    seed: scenario.seed,
    replications: FIXTURE_REPLICATIONS,
    from,
    to,
    ...extra,
  };
}

describe('createSliceRunner (the worker without its plumbing)', () => {
  test('posts one progress per replication, then the slice result equal to monteCarlo in this thread', () => {
    const { run, responses } = recorder();
    run(request(2, 5));
    const kinds = responses.map(({ response }) => response.type);
    expect(kinds).toEqual(['progress', 'progress', 'progress', 'result']);
    expect(responses.map(({ response }) => response.runId)).toEqual([7, 7, 7, 7]);
    const last = responses.at(-1)?.response;
    if (last?.type !== 'result') throw new Error('no result');
    expect([last.result.raw.from, last.result.raw.to]).toEqual([2, 5]);
    const reference = referenceResult(2, 5);
    expect(last.result.raw.indicators).toEqual(reference.raw.indicators);
    expect(last.result.targets).toEqual(reference.targets);
    expect(last.elapsedMs).toBeGreaterThanOrEqual(last.prepareMs);
  });

  test('lists the value arrays’ buffers for transfer', () => {
    const { run, responses } = recorder();
    run(request(0, 1));
    const last = responses.at(-1);
    if (last?.response.type !== 'result') throw new Error('no result');
    const buffers = last.transfer;
    expect(buffers).toContain(last.response.result.raw.states.buffer);
    expect(buffers).toContain(last.response.result.raw.indicators[0]?.buffer);
  });

  test('keeps the prepared model: a later slice of the same scenario needs neither scenario nor rule files', () => {
    const { run, responses } = recorder();
    run(request(0, 1));
    run(request(1, 2, { scenario: undefined, rules: { key: BUNDLED_RULES.key } }));
    const last = responses.at(-1)?.response;
    expect(last?.type).toBe('result');
    if (last?.type === 'result') expect(last.prepareMs).toBeLessThan(50);
  });

  test('answers a slice of an unknown scenario without its data with an error, never a throw', () => {
    const { run, responses } = recorder();
    run(request(0, 1, { scenario: undefined }));
    expect(responses.map(({ response }) => response.type)).toEqual(['error']);
  });

  test('invalid rule files give an error with the located rule errors', () => {
    const { run, responses } = recorder();
    run(request(0, 1, { rules: { key: 'broken', files: [{ path: 'rules/x.json', text: '{"name": ' }] } }));
    const only = responses[0]?.response;
    if (only?.type !== 'error') throw new Error('expected an error');
    expect(only.ruleErrors?.[0]?.file).toBe('rules/x.json');
    expect(only.message).toContain('rules/x.json:1:');
  });
});
