import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULE_EDITS_KEY, RuleEditStore } from '../../../web/training/rule-edit-store.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('RuleEditStore', () => {
  afterEach(() => vi.useRealTimers());

  it('writes an edit after the quiet time, and a new store (a reload) reads it back as typed', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = new RuleEditStore(storage, { delayMs: 300 });
    store.schedule('rules/a.json', '{ "broken": ');
    expect(storage.map.has(RULE_EDITS_KEY)).toBe(false);
    vi.advanceTimersByTime(300);
    const reloaded = new RuleEditStore(storage);
    expect(reloaded.get('rules/a.json')).toBe('{ "broken": ');
    expect(reloaded.selected).toBe('rules/a.json');
  });

  it('flush writes at once; remove forgets the edit', () => {
    const storage = memoryStorage();
    const store = new RuleEditStore(storage);
    store.schedule('rules/a.json', 'x');
    store.flush();
    expect(new RuleEditStore(storage).paths()).toEqual(['rules/a.json']);
    store.remove('rules/a.json');
    expect(new RuleEditStore(storage).get('rules/a.json')).toBeUndefined();
  });

  it('starts empty from a damaged record and keeps only string edits from an odd one', () => {
    expect(new RuleEditStore(memoryStorage({ [RULE_EDITS_KEY]: '{nope' })).paths()).toEqual([]);
    const odd = JSON.stringify({ edits: { 'rules/a.json': 'ok', 'rules/b.json': 5 } });
    expect(new RuleEditStore(memoryStorage({ [RULE_EDITS_KEY]: odd })).paths()).toEqual(['rules/a.json']);
  });

  it('reports storage that throws as unavailable instead of failing', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = new RuleEditStore(storage);
    store.schedule('rules/a.json', 'x');
    store.flush();
    expect(store.available).toBe(false);
    expect(store.get('rules/a.json')).toBe('x');
  });
});
