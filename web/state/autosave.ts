/**
 * The one autosave of the working scenario: the working state (bundled scenario id, lever overrides, seed,
 * replications, ambition, view — a few kB) in localStorage, written on every change. A missing, damaged or
 * outdated save reads as undefined.
 *
 * Why localStorage and not IndexedDB (which holds the named scenarios): the write is synchronous, so it is done
 * in the same task as the change and survives a tab or browser crash a moment later, where an IndexedDB
 * transaction still in flight is lost; the read is synchronous too, so the first render and the first
 * simulation start from the saved state instead of flashing the default; and the state is far below the
 * ~5 MB localStorage quota. The URL hash holds the same state for sharing (share-link.ts), not as a save.
 *
 * Storage that refuses (private mode, sandboxed page, full quota) never throws here: AutosaveMonitor records the
 * problem for the shell to show, with the way out — nothing is lost while the page is open (the state is in
 * memory and in the link), and the user can copy the link or export the scenario as JSON.
 */
import { storageProblemKind, type StorageProblemKind } from '../storage/scenario-store.ts';
import { checkWorkingState, type WorkingState } from './working-state.ts';

/** The localStorage key; the version in it changes with the state's shape. */
export const AUTOSAVE_KEY = 'maalbar.working-state.v1';

/** The subset of Storage used here, so tests can pass a Map-backed stand-in. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved state, or undefined when there is none that fits this app. */
export function loadAutosave(storage: StateStorage | undefined): WorkingState | undefined {
  try {
    const text = storage?.getItem(AUTOSAVE_KEY);
    return text ? checkWorkingState(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the state; returns false when the storage refused. */
export function saveAutosave(storage: StateStorage | undefined, state: WorkingState): boolean {
  try {
    storage?.setItem(AUTOSAVE_KEY, JSON.stringify(state));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** window.localStorage where the page may use it (a sandboxed page throws on mere access). */
export function pageStorage(): StateStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Watches the autosave's writes: `storage` is a StateStorage to hand to the working-state controller; `problem`
 * is why the last write failed (`full` for a QuotaExceededError, `unavailable` when the page has no storage,
 * `failed` otherwise), undefined once a write succeeds again. `onChange` is called when `problem` changes.
 *
 * @example
 *   const autosave = new AutosaveMonitor(pageStorage(), () => this.requestUpdate());
 *   new WorkingStateController(this, { onChange, storage: autosave.storage });
 */
export class AutosaveMonitor {
  problem: StorageProblemKind | undefined;
  readonly storage: StateStorage;

  constructor(target: StateStorage | undefined, onChange: () => void = () => undefined) {
    const report = (problem: StorageProblemKind | undefined): void => {
      if (problem === this.problem) return;
      this.problem = problem;
      onChange();
    };
    this.storage = {
      getItem: (key) => {
        try {
          return target ? target.getItem(key) : null;
        } catch {
          return null;
        }
      },
      setItem: (key, value) => {
        if (!target) {
          report('unavailable');
          throw new DOMException('This page has no localStorage.', 'SecurityError');
        }
        try {
          target.setItem(key, value);
        } catch (error) {
          report(storageProblemKind(error) === 'full' ? 'full' : 'failed');
          throw error;
        }
        report(undefined);
      },
    };
  }
}
