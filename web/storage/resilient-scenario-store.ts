/**
 * The store the app uses: the browser's IndexedDB when it works, memory when it does not — and it says which.
 * A write that fails (storage unavailable, full, or any error) is kept in memory and the status turns to a
 * problem, so a saved scenario is never lost silently; the UI shows the status (and offers JSON export).
 * Each later successful write tries to move what is held in memory back into IndexedDB, and the status returns
 * to persistent when nothing is left behind.
 *
 * @example
 *   const store = await openScenarioStore();
 *   store.onStatus((status) => showWarning(status.problem)); // 'unavailable' | 'full' | 'failed' | undefined
 */
import { MemoryScenarioStore } from './memory-scenario-store.ts';
import { openIndexedDbScenarioStore } from './indexeddb-scenario-store.ts';
import {
  byName,
  storageProblemKind,
  type SavedScenario,
  type ScenarioStore,
  type StorageProblemKind,
} from './scenario-store.ts';

export interface StorageStatus {
  /** True when everything saved is in the browser's storage and survives a reload. */
  persistent: boolean;
  /** Why not, when not. */
  problem?: StorageProblemKind;
}

export type StorageStatusListener = (status: StorageStatus) => void;

export class ResilientScenarioStore implements ScenarioStore {
  private readonly memory = new MemoryScenarioStore();
  /** Ids of records held only in memory. */
  private readonly unsaved = new Set<string>();
  private current: StorageStatus;
  private readonly listeners = new Set<StorageStatusListener>();

  /** `primary` undefined means the browser's storage could not be opened (`problem` says why). */
  constructor(
    private readonly primary: ScenarioStore | undefined,
    problem: StorageProblemKind = 'unavailable',
  ) {
    this.current = primary ? { persistent: true } : { persistent: false, problem };
  }

  get status(): StorageStatus {
    return this.current;
  }

  /** Hear about status changes (not called on subscribing). Returns the function that stops listening. */
  onStatus(listener: StorageStatusListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async list(): Promise<SavedScenario[]> {
    const byId = new Map<string, SavedScenario>();
    for (const record of await this.fromPrimary((store) => store.list(), [])) byId.set(record.id, record);
    for (const record of await this.memory.list()) byId.set(record.id, record);
    return [...byId.values()].sort(byName);
  }

  async get(id: string): Promise<SavedScenario | undefined> {
    if (this.unsaved.has(id)) return this.memory.get(id);
    return (await this.fromPrimary((store) => store.get(id), undefined)) ?? this.memory.get(id);
  }

  async put(record: SavedScenario): Promise<void> {
    if (await this.toPrimary((store) => store.put(record))) {
      this.unsaved.delete(record.id);
      await this.memory.delete(record.id);
      await this.flush();
    } else {
      this.unsaved.add(record.id);
      await this.memory.put(record);
    }
  }

  async delete(id: string): Promise<void> {
    this.unsaved.delete(id);
    await this.memory.delete(id);
    if (await this.toPrimary((store) => store.delete(id))) await this.flush();
  }

  /** Moves what memory holds back to the primary store; the status is persistent again when all went. */
  private async flush(): Promise<void> {
    for (const id of [...this.unsaved]) {
      const record = await this.memory.get(id);
      if (record && !(await this.toPrimary((store) => store.put(record)))) return;
      this.unsaved.delete(id);
      await this.memory.delete(id);
    }
    if (this.primary && !this.current.persistent) this.setStatus({ persistent: true });
  }

  private async toPrimary(write: (store: ScenarioStore) => Promise<void>): Promise<boolean> {
    if (!this.primary) return false;
    try {
      await write(this.primary);
      return true;
    } catch (error) {
      this.setStatus({ persistent: false, problem: storageProblemKind(error) });
      return false;
    }
  }

  private async fromPrimary<T>(read: (store: ScenarioStore) => Promise<T>, fallback: T): Promise<T> {
    if (!this.primary) return fallback;
    try {
      return await read(this.primary);
    } catch (error) {
      this.setStatus({ persistent: false, problem: storageProblemKind(error) });
      return fallback;
    }
  }

  private setStatus(status: StorageStatus): void {
    if (status.persistent === this.current.persistent && status.problem === this.current.problem) return;
    this.current = status;
    for (const listener of [...this.listeners]) listener(status);
  }
}

/**
 * The app's store: IndexedDB when the browser allows it, else memory with status `unavailable`. Never rejects.
 * @example const store = await openScenarioStore({ indexedDB: window.indexedDB });
 */
export async function openScenarioStore(
  options: { indexedDB?: IDBFactory | undefined; name?: string } = {},
): Promise<ResilientScenarioStore> {
  try {
    const factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
    return new ResilientScenarioStore(await openIndexedDbScenarioStore(factory, options.name));
  } catch (error) {
    return new ResilientScenarioStore(
      undefined,
      storageProblemKind(error) === 'full' ? 'full' : 'unavailable',
    );
  }
}
