// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../../web/storage/autosaver.ts';
import { FlakyStore, scenario } from './storage-fixture.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosaver', () => {
  const now = () => new Date(Date.UTC(2015, 0, 27, 10, 0, 0));

  it('writes once, the latest scenario, after the quiet time', async () => {
    const store = new FlakyStore();
    const autosaver = new Autosaver(store, { delayMs: 400, now });
    autosaver.schedule(scenario('w', 1));
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule(scenario('w', 2), 'saved-1');
    await vi.advanceTimersByTimeAsync(399);
    expect(store.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.writes).toBe(1);
    expect(await autosaver.restore()).toEqual({
      scenario: scenario('w', 2),
      savedAt: '2015-01-27T10:00:00.000Z',
      savedId: 'saved-1',
    });
  });

  it('flush writes at once and leaves nothing scheduled', async () => {
    const store = new FlakyStore();
    const autosaver = new Autosaver(store, { now });
    autosaver.schedule(scenario('w', 7));
    await autosaver.flush();
    expect(store.writes).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    await autosaver.flush();
    expect(store.writes).toBe(1);
  });

  it('hands a failed write to onError', async () => {
    const store = new FlakyStore();
    store.failWith = 'QuotaExceededError';
    const errors: unknown[] = [];
    const autosaver = new Autosaver(store, { now, onError: (error) => errors.push(error) });
    autosaver.schedule(scenario('w', 1));
    await autosaver.flush();
    expect(errors).toHaveLength(1);
    expect((errors[0] as DOMException).name).toBe('QuotaExceededError');
  });
});
