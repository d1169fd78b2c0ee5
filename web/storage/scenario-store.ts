/**
 * Where named scenarios are kept: an interface with an IndexedDB
 * implementation for the browser, an in-memory one for tests and as the fallback, and a resilient wrapper that
 * switches to memory — and says so — when the browser's storage is unavailable or full. The working scenario
 * is not kept here: its one autosave is web/state/autosave.ts (localStorage; see there why).
 */
import type { Scenario } from '../../src/scenario/scenario.ts';

/** A scenario the user saved under a name. */
export interface SavedScenario {
  /** Stable key, made by `newScenarioId`; never shown. */
  id: string;
  /** The name the user gave, e.g. "Lav vækst 2015"; unique in the library ignoring case and outer spaces. */
  name: string;
  /** The scenario exactly as the app held it (a file's form: base, or `extends` + overrides). */
  scenario: Scenario;
  /** When it was saved, ISO 8601 ("2015-01-27T10:15:00.000Z"). */
  savedAt: string;
}

export interface ScenarioStore {
  /** Every saved scenario, by name in Danish alphabetical order (æ, ø, å last). */
  list(): Promise<SavedScenario[]>;
  get(id: string): Promise<SavedScenario | undefined>;
  /** Inserts or replaces the record with this id. */
  put(record: SavedScenario): Promise<void>;
  /** Removes the record; no error when it does not exist. */
  delete(id: string): Promise<void>;
}

/** Why the browser's storage cannot be used: `unavailable` (no IndexedDB, private mode, blocked), `full`
 * (quota exceeded), `failed` (any other error). */
export type StorageProblemKind = 'unavailable' | 'full' | 'failed';

export class StorageProblem extends Error {
  constructor(
    readonly kind: StorageProblemKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageProblem';
  }
}

/** The kind of problem a storage error means: a QuotaExceededError (any browser's spelling) is `full`. */
export function storageProblemKind(error: unknown): StorageProblemKind {
  if (error instanceof StorageProblem) return error.kind;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  return 'failed';
}

/** Names compare without case and outer spaces: "Basis " and "basis" are the same name. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}

/** `name`, or `name (2)`, `name (3)`… — the first that no record has. */
export function uniqueName(name: string, records: readonly Pick<SavedScenario, 'name'>[]): string {
  const base = name.trim();
  let candidate = base;
  for (let n = 2; records.some((record) => sameName(record.name, candidate)); n++)
    candidate = `${base} (${n})`;
  return candidate;
}

/** Records by name, Danish collation. */
export function byName(a: SavedScenario, b: SavedScenario): number {
  return a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id);
}

let counter = 0;

/** A fresh random id ("s-…"): crypto-random where the browser has it, else time and a counter. */
export function newScenarioId(): string {
  const crypto = globalThis.crypto;
  if (crypto?.getRandomValues) {
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    return `s-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
  return `s-${Date.now().toString(36)}-${(++counter).toString(36)}`;
}
