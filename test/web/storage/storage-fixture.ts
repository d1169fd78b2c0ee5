/**
 * Scenarios and stores for the storage tests: a tiny scenario (the store never looks inside), records, and a
 * store whose writes can be made to fail like a full or broken IndexedDB.
 */
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { MemoryScenarioStore } from '../../../web/storage/memory-scenario-store.ts';
import type { SavedScenario } from '../../../web/storage/scenario-store.ts';

export function scenario(id: string, seed = 1): Scenario {
  return { id, title: { da: id, en: id }, extends: 'lyngby-taarbaek-2015', seed };
}

export function record(id: string, name: string, seed = 1): SavedScenario {
  return { id, name, scenario: scenario(id, seed), savedAt: '2015-01-27T10:00:00.000Z' };
}

/** A memory store whose writes throw a DOMException named `failWith` while it is set. */
export class FlakyStore extends MemoryScenarioStore {
  failWith: string | undefined;
  writes = 0;

  override async put(value: SavedScenario): Promise<void> {
    this.fail();
    return super.put(value);
  }

  private fail(): void {
    this.writes++;
    if (this.failWith) throw new DOMException('write refused', this.failWith);
  }
}
