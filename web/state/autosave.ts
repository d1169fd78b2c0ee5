/**
 * The working state kept in localStorage, so a reload (or a closed tab) loses nothing. A missing, damaged or
 * outdated save reads as undefined; storage that refuses to write (private mode, full) is ignored — the URL
 * still holds the state.
 */
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
