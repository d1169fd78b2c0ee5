/**
 * Autosave of the rule editor: the text of every edited rule file, valid or not, kept in localStorage under one
 * key so that a reload or a crash loses nothing. Writes are debounced (`schedule`) and can be forced (`flush`,
 * e.g. when the page is hidden). Storage that throws (a sandboxed page, a full quota) is reported through
 * `available`, never as an exception: the editor keeps working without autosave.
 *
 * @example
 *   const store = new RuleEditStore(pageStorage());
 *   store.schedule('rules/reforms/sygedagpenge-revurdering.json', text); // written 300 ms after the last change
 *   store.get('rules/reforms/sygedagpenge-revurdering.json');             // the text of the last visit
 */

/** The localStorage key; the version in it changes with the record's shape. */
export const RULE_EDITS_KEY = 'maalbar.rule-edits.v1';

/** The part of Storage the store needs (localStorage, or a Map-backed fake in tests). */
export type RuleEditStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** What is stored: edited texts by rule file path, and the file the editor showed last. */
export interface RuleEditRecord {
  /** Edited text by path, e.g. "rules/reforms/x.json" → the text as typed (possibly invalid JSON). */
  edits: { [path: string]: string };
  /** The path the editor had open, so a reload opens it again. */
  selected?: string;
}

export interface RuleEditStoreOptions {
  /** Quiet time after the last change before writing, in ms. Default 300. */
  delayMs?: number;
}

export class RuleEditStore {
  /** False once a read or write failed: the editor says that edits are not saved. */
  available: boolean;
  private record: RuleEditRecord;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delayMs: number;

  constructor(
    private readonly storage: RuleEditStorage | undefined,
    options: RuleEditStoreOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.available = storage !== undefined;
    this.record = this.read();
  }

  /** The saved text of `path`, or undefined when it was never edited (or was reset). */
  get(path: string): string | undefined {
    return this.record.edits[path];
  }

  /** Paths with saved edits, sorted. */
  paths(): string[] {
    return Object.keys(this.record.edits).sort();
  }

  /** The file the editor had open last. */
  get selected(): string | undefined {
    return this.record.selected;
  }

  /** Remember `text` as the edit of `path` (and `path` as the open file); written after the quiet time. */
  schedule(path: string, text: string): void {
    this.record = { edits: { ...this.record.edits, [path]: text }, selected: path };
    this.later();
  }

  /** Remember which file is open (written after the quiet time). */
  select(path: string): void {
    this.record = { ...this.record, selected: path };
    this.later();
  }

  /** Forget the edit of `path` (reset to the original) and write at once. */
  remove(path: string): void {
    const edits = { ...this.record.edits };
    delete edits[path];
    this.record = { ...this.record, edits };
    this.flush();
  }

  /** Write what is pending now. */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.storage) return;
    try {
      this.storage.setItem(RULE_EDITS_KEY, JSON.stringify(this.record));
      this.available = true;
    } catch {
      this.available = false;
    }
  }

  private later(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private read(): RuleEditRecord {
    try {
      const text = this.storage?.getItem(RULE_EDITS_KEY);
      return text ? checkRecord(JSON.parse(text)) : { edits: {} };
    } catch {
      // Damaged JSON or storage that throws on access: start empty rather than fail the editor.
      this.available = false;
      return { edits: {} };
    }
  }
}

/** Keeps only the string entries of a stored record (a hand-edited or older record must not break the editor). */
function checkRecord(value: unknown): RuleEditRecord {
  if (typeof value !== 'object' || value === null) return { edits: {} };
  const raw = value as { edits?: unknown; selected?: unknown };
  const edits: { [path: string]: string } = {};
  if (typeof raw.edits === 'object' && raw.edits !== null) {
    for (const [path, text] of Object.entries(raw.edits)) if (typeof text === 'string') edits[path] = text;
  }
  return typeof raw.selected === 'string' ? { edits, selected: raw.selected } : { edits };
}
