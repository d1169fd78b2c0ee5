import { describe, expect, test } from 'vitest';
import { AUTOSAVE_KEY, loadAutosave, saveAutosave, type StateStorage } from '../../../web/state/autosave.ts';
import { defaultWorkingState } from '../../../web/state/working-state.ts';

function memoryStorage(): StateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the autosave', () => {
  test('saves the working state under its key and loads it back', () => {
    const storage = memoryStorage();
    const state = { ...defaultWorkingState(), replications: 300, ambition: 0.9 };
    expect(saveAutosave(storage, state)).toBe(true);
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(true);
    expect(loadAutosave(storage)).toEqual(state);
  });

  test('nothing saved, damaged or outdated saves read as undefined', () => {
    const storage = memoryStorage();
    expect(loadAutosave(storage)).toBeUndefined();
    storage.items.set(AUTOSAVE_KEY, '{"v":1,');
    expect(loadAutosave(storage)).toBeUndefined();
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ ...defaultWorkingState(), v: 0 }));
    expect(loadAutosave(storage)).toBeUndefined();
    expect(loadAutosave(undefined)).toBeUndefined();
  });

  test('a storage that refuses to write (full, private mode) is reported, not thrown', () => {
    const full: StateStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveAutosave(full, defaultWorkingState())).toBe(false);
  });
});
