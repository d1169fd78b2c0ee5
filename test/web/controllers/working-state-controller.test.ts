// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WorkingStateController } from '../../../web/controllers/working-state-controller.ts';
import { AUTOSAVE_KEY, type StateStorage } from '../../../web/state/autosave.ts';
import { encodeState, payloadFromHash } from '../../../web/state/share-link.ts';
import { defaultWorkingState, type WorkingState } from '../../../web/state/working-state.ts';

const connected: WorkingStateController[] = [];

function setup(storage: StateStorage = memoryStorage()) {
  const changes: { state: WorkingState; rerun: boolean }[] = [];
  const controllers: ReactiveController[] = [];
  const owner = {
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost;
  const controller = new WorkingStateController(owner, {
    storage,
    onChange: (state, rerun) => changes.push({ state, rerun }),
  });
  controller.hostConnected();
  connected.push(controller);
  return { controller, changes, storage };
}

function memoryStorage(): StateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const CHANGED: WorkingState = { ...defaultWorkingState(), seed: 99, ambition: 0.6, view: 'projection' };

describe('WorkingStateController', () => {
  afterEach(async () => {
    for (const controller of connected.splice(0)) controller.hostDisconnected();
    window.history.replaceState(null, '', '#');
    // happy-dom (unlike browsers) fires hashchange for replaceState, as a task: let it pass before the next test.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  test('a first visit starts from the default state, runs it, and writes it to the hash and the autosave', async () => {
    const { controller, changes, storage } = setup();
    await vi.waitFor(() => expect(controller.payload).toBeDefined());
    expect(changes).toEqual([{ state: defaultWorkingState(), rerun: true }]);
    expect(window.location.hash).toBe(`#/maalbord?s=${controller.payload}`);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(JSON.stringify(defaultWorkingState()));
  });

  test('a link’s state wins over the autosave', async () => {
    const storage = memoryStorage();
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ ...defaultWorkingState(), seed: 1 }));
    window.history.replaceState(null, '', `#/fremskrivning?s=${await encodeState(CHANGED)}`);
    const { controller } = setup(storage);
    await vi.waitFor(() => expect(controller.loaded).toBe(true));
    expect(controller.state).toEqual(CHANGED);
    expect(controller.badLink).toBe(false);
  });

  test('without a link the autosave comes back; a plain view hash still picks the view', async () => {
    const storage = memoryStorage();
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ ...defaultWorkingState(), seed: 1 }));
    window.history.replaceState(null, '', '#/fremskrivning');
    const { controller } = setup(storage);
    await vi.waitFor(() => expect(controller.loaded).toBe(true));
    expect(controller.state).toMatchObject({ seed: 1, view: 'projection' });
  });

  test('a damaged link shows the default and says so', async () => {
    window.history.replaceState(null, '', '#/maalbord?s=zNotAState');
    const { controller } = setup();
    await vi.waitFor(() => expect(controller.loaded).toBe(true));
    expect(controller.badLink).toBe(true);
    expect(controller.state).toEqual(defaultWorkingState());
  });

  test('changing the ambition or view does not re-run; changing seed or overrides does', async () => {
    const { controller, changes } = setup();
    await vi.waitFor(() => expect(controller.loaded).toBe(true));
    controller.set({ ...controller.state, ambition: 0.9, view: 'projection' });
    controller.set({ ...controller.state, seed: 5 });
    expect(changes.map((change) => change.rerun)).toEqual([true, false, true]);
    await vi.waitFor(() => expect(window.location.hash).toMatch(/^#\/fremskrivning\?s=/));
  });

  test('a pasted link (hashchange) replaces the state', async () => {
    const { controller } = setup();
    await vi.waitFor(() => expect(controller.payload).toBeDefined());
    window.history.replaceState(null, '', `#/fremskrivning?s=${await encodeState(CHANGED)}`);
    window.dispatchEvent(new Event('hashchange'));
    await vi.waitFor(() => expect(controller.state).toEqual(CHANGED));
    expect(payloadFromHash(controller.href())).toBe(controller.payload);
  });
});
