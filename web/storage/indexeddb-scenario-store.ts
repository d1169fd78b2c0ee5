/**
 * A ScenarioStore in the browser's IndexedDB (database "maalbar", version 1): object store `scenarios` keyed by
 * `id`. (Databases made before the autosave moved to localStorage also hold an unused `autosave` store; it is
 * left alone, so no version upgrade is needed.) The raw API, wrapped small in
 * promises; every write waits for its transaction to complete, so a quota error surfaces as a rejected promise.
 *
 * @example const store = await openIndexedDbScenarioStore(indexedDB); await store.put(record);
 */
import { byName, StorageProblem, type SavedScenario, type ScenarioStore } from './scenario-store.ts';

export const DB_NAME = 'maalbar';
const DB_VERSION = 1;
const SCENARIOS = 'scenarios';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

/** Resolves when the transaction commits; rejects with its error (e.g. QuotaExceededError) when it aborts. */
function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted.'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed.'));
  });
}

/**
 * Opens (and on first use creates) the database. Rejects with a StorageProblem of kind `unavailable` when the
 * browser has no IndexedDB or refuses it (private modes, blocked storage).
 */
export async function openIndexedDbScenarioStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = DB_NAME,
): Promise<IndexedDbScenarioStore> {
  if (!factory) throw new StorageProblem('unavailable', 'This browser has no IndexedDB.');
  try {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(SCENARIOS)) db.createObjectStore(SCENARIOS, { keyPath: 'id' });
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
      request.onblocked = () =>
        reject(new Error('IndexedDB is blocked by another tab with an older version.'));
    });
    // Another tab upgrading the database must not be blocked by this one.
    db.onversionchange = () => db.close();
    return new IndexedDbScenarioStore(db);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageProblem('unavailable', `IndexedDB cannot be used: ${message}`, { cause: error });
  }
}

export class IndexedDbScenarioStore implements ScenarioStore {
  constructor(private readonly db: IDBDatabase) {}

  async list(): Promise<SavedScenario[]> {
    const transaction = this.db.transaction(SCENARIOS, 'readonly');
    const records = await requestResult(transaction.objectStore(SCENARIOS).getAll());
    return (records as SavedScenario[]).sort(byName);
  }

  async get(id: string): Promise<SavedScenario | undefined> {
    const transaction = this.db.transaction(SCENARIOS, 'readonly');
    return (await requestResult(transaction.objectStore(SCENARIOS).get(id))) as SavedScenario | undefined;
  }

  async put(record: SavedScenario): Promise<void> {
    const transaction = this.db.transaction(SCENARIOS, 'readwrite');
    transaction.objectStore(SCENARIOS).put(record);
    await transactionDone(transaction);
  }

  async delete(id: string): Promise<void> {
    const transaction = this.db.transaction(SCENARIOS, 'readwrite');
    transaction.objectStore(SCENARIOS).delete(id);
    await transactionDone(transaction);
  }

  close(): void {
    this.db.close();
  }
}
