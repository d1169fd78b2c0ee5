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
    await store.put(record('a', 'Basis'));
    await store.writeAutosave({ scenario: scenario('working', 5), savedAt: 't' });
    expect((await store.list()).map((r) => r.name)).toEqual(['Basis']);
    expect((await store.readAutosave())?.scenario).toEqual(scenario('working', 5));
  });

  it('when storage is full keeps the working scenario in memory, reports "full", and never loses it', async () => {
    const primary = new FlakyStore();
    const store = new ResilientScenarioStore(primary);
    const statuses: StorageStatus[] = [];
    store.onStatus((status) => statuses.push(status));
    await store.writeAutosave({ scenario: scenario('working', 1), savedAt: 't1' });
    primary.failWith = 'QuotaExceededError';
    await store.writeAutosave({ scenario: scenario('working', 2), savedAt: 't2' });
    await store.put(record('b', 'Lav vækst'));
    expect(statuses).toEqual([{ persistent: false, problem: 'full' }]);
    // The newer autosave (seed 2) is what is read back, not the older one IndexedDB still holds.
    expect((await store.readAutosave())?.scenario).toEqual(scenario('working', 2));
    expect((await store.get('b'))?.name).toBe('Lav vækst');
    expect((await store.list()).map((r) => r.id)).toEqual(['b']);
    expect(await primary.get('b')).toBeUndefined();
  });

  it('moves what memory holds back to the browser store once a write succeeds again', async () => {
    const primary = new FlakyStore();
    const store = new ResilientScenarioStore(primary);
    primary.failWith = 'QuotaExceededError';
    await store.put(record('b', 'Lav vækst'));
    await store.writeAutosave({ scenario: scenario('working', 3), savedAt: 't3' });
    const statuses: StorageStatus[] = [];
    store.onStatus((status) => statuses.push(status));
    primary.failWith = undefined;
    await store.put(record('c', 'Høj vækst'));
    // b is flushed; the autosave is still only in memory, so the status stays a problem until it is written.
    expect((await primary.list()).map((r) => r.id)).toEqual(['c', 'b']);
    expect(statuses).toEqual([]);
    await store.writeAutosave({ scenario: scenario('working', 4), savedAt: 't4' });
    expect(statuses).toEqual([{ persistent: true }]);
    expect((await primary.readAutosave())?.scenario).toEqual(scenario('working', 4));
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
