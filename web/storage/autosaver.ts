/**
 * Autosave of the working scenario: `schedule` after every change (cheap; writes are debounced), `flush` when
 * the page is hidden, `restore` on start. The app wires it up, e.g.
 *
 * @example
 *   const autosaver = new Autosaver(store);
 *   const restored = await autosaver.restore();           // the working scenario of the last visit, if any
 *   onScenarioChange((scenario) => autosaver.schedule(scenario));
 *   document.addEventListener('visibilitychange', () => { if (document.hidden) void autosaver.flush(); });
 */
import type { Scenario } from '../../src/scenario/scenario.ts';
import type { AutosaveRecord, ScenarioStore } from './scenario-store.ts';

export interface AutosaverOptions {
  /** Quiet time after the last change before writing, in ms. Default 400. */
  delayMs?: number;
  /** The clock for `savedAt` (injected in tests). */
  now?: () => Date;
  /** Called when a write fails (a ResilientScenarioStore never fails: it reports through its status). */
  onError?: (error: unknown) => void;
}

export class Autosaver {
  private pending: AutosaveRecord | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delayMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly store: ScenarioStore,
    private readonly options: AutosaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.now = options.now ?? (() => new Date());
  }

  /** Remember `scenario` as the working scenario; written after `delayMs` without another change. */
  schedule(scenario: Scenario, savedId?: string): void {
    this.pending = {
      scenario,
      savedAt: this.now().toISOString(),
      ...(savedId !== undefined ? { savedId } : {}),
    };
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Write what is scheduled now. Resolves when it is stored (or handed to onError). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const record = this.pending;
    this.pending = undefined;
    if (!record) return;
    try {
      await this.store.writeAutosave(record);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** The working scenario of the last visit, if any. */
  restore(): Promise<AutosaveRecord | undefined> {
    return this.store.readAutosave();
  }
}
