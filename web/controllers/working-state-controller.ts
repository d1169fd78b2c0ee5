/**
 * A Lit ReactiveController that owns the working state and keeps it in three places: in memory for the host,
 * in the URL hash (`#/<view>?s=<payload>`, replaced, not pushed, so Back leaves the app as expected) and in
 * localStorage. On connect it reads a state from the hash, else from the autosave, else the default; a link that
 * cannot be read leaves the default and sets `badLink`. A changed hash (a pasted link, a navigation link) is
 * read again. `onChange` tells the host whether the change needs a new simulation.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewFromHash } from '../components/maalbar-app/app-views.ts';
import { loadAutosave, pageStorage, saveAutosave, type StateStorage } from '../state/autosave.ts';
import { decodeState, encodeState, payloadFromHash, stateHash } from '../state/share-link.ts';
import { defaultWorkingState, type WorkingState } from '../state/working-state.ts';

export interface WorkingStateOptions {
  /** Called after every change; `rerun` is true when the numbers change (scenario, overrides, seed, R). */
  onChange: (state: WorkingState, rerun: boolean) => void;
  /** Where autosaves go; default the page's localStorage. */
  storage?: StateStorage;
}

/** The part of the state that decides the numbers (not the ambition or the view). */
export function simulationKey(state: WorkingState): string {
  return JSON.stringify([state.scenario, state.overrides, state.seed ?? null, state.replications ?? null]);
}

export class WorkingStateController implements ReactiveController {
  state: WorkingState = defaultWorkingState();
  /** The encoded state in the URL now (undefined until the first write). */
  payload: string | undefined;
  /** True once the state was read from the link, the autosave or the defaults. */
  loaded = false;
  /** True when the page was opened with a link whose state could not be read. */
  badLink = false;

  private writes = 0;
  private connected = false;
  private readonly storage: StateStorage | undefined;
  private readonly onHashChange = (): void => void this.readHash();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WorkingStateOptions,
  ) {
    this.storage = options.storage ?? pageStorage();
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('hashchange', this.onHashChange);
    void this.load();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Replaces the state, persists it and tells the host. */
  set(next: WorkingState): void {
    const rerun = !this.loaded || simulationKey(next) !== simulationKey(this.state);
    this.state = next;
    this.loaded = true;
    void this.persist();
    this.options.onChange(next, rerun);
    this.host.requestUpdate();
  }

  /** The address of a view with the current state, for links and the share field. */
  href(view: WorkingState['view'] = this.state.view): string {
    return stateHash(view, this.payload);
  }

  private async load(): Promise<void> {
    const hash = window.location.hash;
    const payload = payloadFromHash(hash);
    let state = payload ? await decodeState(payload) : undefined;
    this.badLink = payload !== undefined && state === undefined;
    state ??= loadAutosave(this.storage);
    state ??= defaultWorkingState();
    // A plain "#/fremskrivning" chooses the view even when the rest comes from the autosave.
    if (!payload && hash.length > 1) state = { ...state, view: viewFromHash(hash) };
    this.set(state);
  }

  private async readHash(): Promise<void> {
    const hash = window.location.hash;
    const payload = payloadFromHash(hash);
    if (payload !== undefined && payload !== this.payload) {
      const state = await decodeState(payload);
      this.badLink = state === undefined;
      if (state) {
        this.set({ ...state, view: viewFromHash(hash) });
        return;
      }
    }
    const view = viewFromHash(hash);
    if (view !== this.state.view || payload === undefined) this.set({ ...this.state, view });
  }

  /** Writes the state to the hash and the autosave; a slower earlier write never overwrites a later one. */
  private async persist(): Promise<void> {
    const write = ++this.writes;
    const state = this.state;
    saveAutosave(this.storage, state);
    const payload = await encodeState(state);
    if (write !== this.writes || !this.connected) return;
    this.payload = payload;
    const hash = stateHash(state.view, payload);
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    this.host.requestUpdate();
  }
}
