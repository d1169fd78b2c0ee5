/**
 * The library's operations over a ScenarioStore, without any DOM: save as a new name (refusing an empty or
 * taken name), save over a record, rename, delete, and import a scenario file (checked, then saved under a free
 * name). `<maalbar-scenario-library>` renders this; tests drive it directly.
 *
 * @example
 *   const library = new ScenarioLibrary(store);
 *   const outcome = await library.saveAs('Lav vækst', scenario);
 *   if (outcome.kind === 'duplicate') askToReplace(outcome.existing);
 */
import type { Lang } from '../../src/messages.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import type { ResolvedScenario, Scenario } from '../../src/scenario/scenario.ts';
import {
  newScenarioId,
  sameName,
  uniqueName,
  type SavedScenario,
  type ScenarioStore,
} from './scenario-store.ts';
import { validateScenarioImport } from './validate-scenario-import.ts';

/** What a save or rename did: saved, or why not (the name is empty or another record has it). */
export type NameOutcome =
  | { kind: 'saved'; record: SavedScenario }
  | { kind: 'empty' }
  | { kind: 'duplicate'; existing: SavedScenario };

export type ImportOutcome =
  | { kind: 'imported'; record: SavedScenario; resolved: ResolvedScenario }
  | { kind: 'invalid'; errors: LocatedError[] };

export class ScenarioLibrary {
  /** The records as last loaded, by name. */
  records: SavedScenario[] = [];

  constructor(
    private readonly store: ScenarioStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<SavedScenario[]> {
    this.records = await this.store.list();
    return this.records;
  }

  /** Saves `scenario` as a new record named `name` (trimmed); refuses an empty or taken name. */
  async saveAs(name: string, scenario: Scenario): Promise<NameOutcome> {
    const trimmed = name.trim();
    if (!trimmed) return { kind: 'empty' };
    const existing = this.records.find((record) => sameName(record.name, trimmed));
    if (existing) return { kind: 'duplicate', existing };
    return { kind: 'saved', record: await this.put(newScenarioId(), trimmed, scenario) };
  }

  /** Saves `scenario` over the record `id`, keeping its name. */
  async saveOver(id: string, scenario: Scenario): Promise<SavedScenario | undefined> {
    const record = this.records.find((candidate) => candidate.id === id) ?? (await this.store.get(id));
    return record && this.put(id, record.name, scenario);
  }

  async rename(id: string, name: string): Promise<NameOutcome> {
    const trimmed = name.trim();
    if (!trimmed) return { kind: 'empty' };
    const existing = this.records.find((record) => record.id !== id && sameName(record.name, trimmed));
    if (existing) return { kind: 'duplicate', existing };
    const stored = await this.store.get(id);
    if (!stored) throw new Error(`No saved scenario has the id "${id}".`);
    const record = { ...stored, name: trimmed };
    await this.store.put(record);
    await this.load();
    return { kind: 'saved', record };
  }

  async delete(id: string): Promise<void> {
    await this.store.delete(id);
    await this.load();
  }

  get(id: string): Promise<SavedScenario | undefined> {
    return this.store.get(id);
  }

  /**
   * Checks a scenario file (`extends` may name one of `known`) and saves it under its title in `lang`, made
   * unique ("Lav vækst (2)"). The working scenario is not touched: the caller decides whether to open it.
   */
  async importText(
    fileName: string,
    text: string,
    known: readonly Scenario[],
    lang: Lang,
  ): Promise<ImportOutcome> {
    const checked = validateScenarioImport(fileName, text, known, lang);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const name = uniqueName(checked.resolved.title[lang] || checked.scenario.id, this.records);
    const record = await this.put(newScenarioId(), name, checked.scenario);
    return { kind: 'imported', record, resolved: checked.resolved };
  }

  private async put(id: string, name: string, scenario: Scenario): Promise<SavedScenario> {
    const record: SavedScenario = { id, name, scenario, savedAt: this.now().toISOString() };
    await this.store.put(record);
    await this.load();
    return record;
  }
}
