// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MemoryScenarioStore } from '../../../web/storage/memory-scenario-store.ts';
import {
  newScenarioId,
  sameName,
  storageProblemKind,
  StorageProblem,
  uniqueName,
} from '../../../web/storage/scenario-store.ts';
import { record } from './storage-fixture.ts';

describe('MemoryScenarioStore', () => {
  it('lists saved scenarios in Danish alphabetical order (æ, ø, å after z)', async () => {
    const store = new MemoryScenarioStore();
    for (const [id, name] of [
      ['1', 'Ålborg'],
      ['2', 'Øst'],
      ['3', 'Basis'],
      ['4', 'Æble'],
      ['5', 'Zulu'],
    ] as const) {
      await store.put(record(id, name));
    }
    expect((await store.list()).map((r) => r.name)).toEqual(['Basis', 'Zulu', 'Æble', 'Øst', 'Ålborg']);
  });

  it('replaces by id, deletes, and copies records in and out', async () => {
    const store = new MemoryScenarioStore();
    const saved = record('a', 'Basis');
    await store.put(saved);
    saved.name = 'changed afterwards';
    expect((await store.get('a'))?.name).toBe('Basis');
    await store.put(record('a', 'Basis 2'));
    expect((await store.list()).map((r) => r.name)).toEqual(['Basis 2']);
    const got = await store.get('a');
    if (got) got.name = 'mutated';
    expect((await store.get('a'))?.name).toBe('Basis 2');
    await store.delete('a');
    await store.delete('never-there');
    expect(await store.list()).toEqual([]);
  });

  it('throws a QuotaExceededError past its capacity and keeps what it had', async () => {
    const store = new MemoryScenarioStore({ capacityBytes: 300 });
    await store.put(record('a', 'Lille'));
    const big = record('b', 'Stor');
    big.scenario.title = { da: 'x'.repeat(400), en: '' };
    await expect(store.put(big)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect((await store.list()).map((r) => r.id)).toEqual(['a']);
  });
});

describe('scenario names, ids and problems', () => {
  it('compares names without case and outer spaces, and makes a unique one', () => {
    expect(sameName(' Basis', 'basis ')).toBe(true);
    expect(sameName('Basis', 'Basis 2')).toBe(false);
    const records = [record('1', 'Basis'), record('2', 'Basis (2)')];
    expect(uniqueName('basis', records)).toBe('basis (3)');
    expect(uniqueName('Ny', records)).toBe('Ny');
  });

  it('makes distinct ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newScenarioId()));
    expect(ids.size).toBe(200);
    expect([...ids].every((id) => /^s-[0-9a-z-]+$/.test(id))).toBe(true);
  });

  it('reads a quota error as "full" and anything else as "failed"', () => {
    expect(storageProblemKind(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(storageProblemKind(new DOMException('x', 'InvalidStateError'))).toBe('failed');
    expect(storageProblemKind(new StorageProblem('unavailable', 'no'))).toBe('unavailable');
    expect(storageProblemKind('string')).toBe('failed');
  });
});
