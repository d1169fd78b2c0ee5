/**
 * A ScenarioStore in memory: the fallback when the browser's storage cannot be used (it lasts until the page is
 * closed), and the store of the unit tests. Records are copied in and out, as IndexedDB's structured clone does,
 * so a caller changing a scenario afterwards never changes what was saved. `capacityBytes` lets a test make it
 * "full" to check what the app does then.
 */
import { byName, type SavedScenario, type ScenarioStore } from './scenario-store.ts';

export interface MemoryStoreOptions {
  /** Throw a QuotaExceededError when the saved JSON would exceed this many characters. Default: no limit. */
  capacityBytes?: number;
}

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryScenarioStore implements ScenarioStore {
  private readonly records = new Map<string, SavedScenario>();

  constructor(private readonly options: MemoryStoreOptions = {}) {}

  async list(): Promise<SavedScenario[]> {
    return [...this.records.values()].map(copy).sort(byName);
  }

  async get(id: string): Promise<SavedScenario | undefined> {
    const record = this.records.get(id);
    return record && copy(record);
  }

  async put(record: SavedScenario): Promise<void> {
    const others = [...this.records.values()].filter((r) => r.id !== record.id);
    this.checkCapacity([...others, record]);
    this.records.set(record.id, copy(record));
  }

  async delete(id: string): Promise<void> {
    this.records.delete(id);
  }

  private checkCapacity(records: SavedScenario[]): void {
    const limit = this.options.capacityBytes;
    if (limit === undefined) return;
    if (JSON.stringify(records).length > limit) {
      throw new DOMException('The memory store is full.', 'QuotaExceededError');
    }
  }
}
