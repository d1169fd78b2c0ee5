// @vitest-environment happy-dom
import type { ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WorkingStateController } from '../../../web/controllers/working-state-controller.ts';
import {
  AUTOSAVE_KEY,
  AutosaveMonitor,
  loadAutosave,
  saveAutosave,
  type StateStorage,
} from '../../../web/state/autosave.ts';
import { defaultWorkingState, type WorkingState } from '../../../web/state/working-state.ts';

/** A Map-backed localStorage that throws `failWith` (a DOMException name) on writes while it is set. */
function flakyStorage() {
  const items = new Map<string, string>();
  const storage = {
    items,
    failWith: undefined as string | undefined,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.failWith) throw new DOMException('refused', storage.failWith);
      items.set(key, value);
    },
  };
  return storage;
}

const STATE: WorkingState = { ...defaultWorkingState(), seed: 7 };
const controllers: WorkingStateController[] = [];

describe('the working-state autosave when storage refuses', () => {
  afterEach(async () => {
    for (const controller of controllers.splice(0)) controller.hostDisconnected();
    window.history.replaceState(null, '', '#');
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  test('a full localStorage (QuotaExceededError) is reported as "full", and cleared once a write succeeds', () => {
    const storage = flakyStorage();
    let changes = 0;
    const monitor = new AutosaveMonitor(storage, () => changes++);
    storage.failWith = 'QuotaExceededError';
    expect(saveAutosave(monitor.storage, STATE)).toBe(false);
    expect(saveAutosave(monitor.storage, STATE)).toBe(false);
    expect(monitor.problem).toBe('full');
    expect(changes).toBe(1);
    storage.failWith = undefined;
    expect(saveAutosave(monitor.storage, STATE)).toBe(true);
    expect(monitor.problem).toBeUndefined();
    expect(changes).toBe(2);
    expect(loadAutosave(monitor.storage)).toEqual(STATE);
  });

  test('no localStorage at all (sandboxed page) is "unavailable"; reading it gives nothing, never an error', () => {
    const monitor = new AutosaveMonitor(undefined);
    expect(loadAutosave(monitor.storage)).toBeUndefined();
    expect(saveAutosave(monitor.storage, STATE)).toBe(false);
    expect(monitor.problem).toBe('unavailable');
  });

  test('a storage whose reads throw reads as empty; other write errors are "failed"', () => {
    const broken: StateStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const monitor = new AutosaveMonitor(broken);
    expect(monitor.storage.getItem(AUTOSAVE_KEY)).toBeNull();
    saveAutosave(monitor.storage, STATE);
    expect(monitor.problem).toBe('failed');
  });

  test('with storage full the app keeps the edited state in memory and in the link: nothing is lost', async () => {
    const storage = flakyStorage();
    storage.failWith = 'QuotaExceededError';
    const monitor = new AutosaveMonitor(storage);
    const host = { addController: () => undefined, requestUpdate: () => undefined };
    const controller = new WorkingStateController(host as unknown as ReactiveControllerHost, {
      storage: monitor.storage,
      onChange: () => undefined,
    });
    controller.hostConnected();
    controllers.push(controller);
    await vi.waitFor(() => expect(controller.loaded).toBe(true));
    controller.set(STATE);
    expect(monitor.problem).toBe('full');
    expect(controller.state).toEqual(STATE);
    expect(storage.items.size).toBe(0);
    // The link still carries the edit: a new tab opened with it gets it back.
    await vi.waitFor(() => expect(window.location.hash).toContain('?s='));
  });
});
