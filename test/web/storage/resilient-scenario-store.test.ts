// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  openScenarioStore,
  ResilientScenarioStore,
  type StorageStatus,
} from '../../../web/storage/resilient-scenario-store.ts';
import { FlakyStore, record, scenario } from './storage-fixture.ts';

describe('ResilientScenarioStore', () => {
  it('writes through to the browser store while it works', async () => {
    const primary = new FlakyStore();
    const store = new ResilientScenarioStore(primary);
    await store.put(record('a', 'Basis'));
    expect(store.status).toEqual({ persistent: true });
    expect((await primary.list()).map((r) => r.id)).toEqual(['a']);
  });

  it('without IndexedDB keeps everything in memory and says storage is unavailable', async () => {
    // happy-dom has no IndexedDB: exactly the case of a browser that refuses it.
    expect(globalThis.indexedDB).toBeUndefined();
    const store = await openScenarioStore();
    expect(store.status).toEqual({ persistent: false, problem: 'unavailable' });
    await store.put(record('a', 'Basis', 5));
    expect((await store.list()).map((r) => r.name)).toEqual(['Basis']);
    expect((await store.get('a'))?.scenario).toEqual(scenario('a', 5));
  });

  it('when indexedDB.open throws (a blocked or private-mode browser) it opens in memory, "unavailable"', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = await openScenarioStore({ indexedDB: refusing });
    expect(store.status).toEqual({ persistent: false, problem: 'unavailable' });
    await store.put(record('a', 'Basis'));
    expect((await store.get('a'))?.name).toBe('Basis');
  });

  it('when storage is full keeps the saved scenario in memory, reports "full", and never loses it', async () => {
    const primary = new FlakyStore();
    const store = new ResilientScenarioStore(primary);
    const statuses: StorageStatus[] = [];
    store.onStatus((status) => statuses.push(status));
    await store.put(record('a', 'Basis', 1));
    primary.failWith = 'QuotaExceededError';
    await store.put(record('a', 'Basis', 2));
    await store.put(record('b', 'Lav vækst'));
    expect(statuses).toEqual([{ persistent: false, problem: 'full' }]);
    // The newer version (seed 2) is what is read back, not the older one IndexedDB still holds.
    expect((await store.get('a'))?.scenario).toEqual(scenario('a', 2));
    expect((await store.get('b'))?.name).toBe('Lav vækst');
    expect((await store.list()).map((r) => r.id)).toEqual(['a', 'b']);
    expect(await primary.get('b')).toBeUndefined();
  });

  it('moves what memory holds back to the browser store once a write succeeds again', async () => {
    const primary = new FlakyStore();
    const store = new ResilientScenarioStore(primary);
    primary.failWith = 'QuotaExceededError';
    await store.put(record('b', 'Lav vækst'));
    const statuses: StorageStatus[] = [];
    store.onStatus((status) => statuses.push(status));
    primary.failWith = undefined;
    await store.put(record('c', 'Høj vækst'));
    // b, held in memory, is flushed with c's write; nothing is left behind, so the status is persistent again.
    expect((await primary.list()).map((r) => r.id)).toEqual(['c', 'b']);
    expect(statuses).toEqual([{ persistent: true }]);
  });

  it('reports other write errors as "failed" and deletes from both places', async () => {
    const primary = new FlakyStore();
    const store = new ResilientScenarioStore(primary);
    await store.put(record('a', 'Basis'));
    primary.failWith = 'UnknownError';
    await store.put(record('a', 'Basis omdøbt'));
    expect(store.status).toEqual({ persistent: false, problem: 'failed' });
    expect((await store.get('a'))?.name).toBe('Basis omdøbt');
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });
});
