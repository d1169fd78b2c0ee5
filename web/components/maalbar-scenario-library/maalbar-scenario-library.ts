/**
 * `<maalbar-scenario-library>`: the user's saved scenarios — save the working scenario under a name ("Gem som")
 * or over the one it was opened from ("Gem i …"), open, rename, delete; import a scenario JSON file (checked with
 * the core's validator; errors shown in place next to the file name with line, column and JSON pointer, and the
 * working scenario left untouched); export the working scenario as JSON. A storage problem (no IndexedDB,
 * storage full) is shown as an alert: the library then works from memory until the page closes. The operations
 * live in web/storage/scenario-library.ts; this element renders them.
 *
 * Properties (set as properties):
 * - `store`: `ScenarioStore | undefined` — usually the ResilientScenarioStore from `openScenarioStore()`; its
 *   status is shown when it has one (default undefined: "storage not ready").
 * - `scenario`: `Scenario | undefined` — the working scenario, to save and export (default undefined).
 * - `knownScenarios`: `readonly Scenario[]` — the scenarios the app ships; an import may `extends` them.
 * - `openId`: id of the saved scenario the working one was opened from; "Gem i …" saves over it (default "";
 *   attribute `open-id`). The element sets it on open and save; the host may set it from the autosave.
 * - `now`: `() => Date` — the clock for "saved at" (default the system clock).
 * Methods: `refresh()` reloads the list; `importFile(file)` imports as the file picker does.
 * Events (all bubble and are composed):
 * - `scenario-open`: `CustomEvent<{ id, name, scenario: Scenario }>` — the user opened a saved scenario; the
 *   host makes it the working scenario.
 * - `scenario-import`: `CustomEvent<{ fileName, id, name, scenario: Scenario, resolved: ResolvedScenario }>` —
 *   a valid file was imported and saved in the library under `name`; the host may open it.
 * - `library-change`: `CustomEvent<{ scenarios: readonly SavedScenario[] }>` — the list was (re)loaded, e.g. to
 *   offer the saved scenarios in the compare view.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { download, exportFileName, jsonBlob } from '../../export/download.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import type { StorageStatus } from '../../storage/resilient-scenario-store.ts';
import { ScenarioLibrary } from '../../storage/scenario-library.ts';
import type { SavedScenario, ScenarioStore } from '../../storage/scenario-store.ts';
import type { ResolvedScenario, Scenario } from '../../../src/scenario/scenario.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { importReportView, type ImportReport } from './import-report-view.ts';
import { savedScenarioTable } from './saved-scenario-table.ts';
import { libraryStyles } from './maalbar-scenario-library.styles.ts';

export type ScenarioOpenEvent = CustomEvent<{ id: string; name: string; scenario: Scenario }>;
export type ScenarioImportEvent = CustomEvent<{
  fileName: string;
  id: string;
  name: string;
  scenario: Scenario;
  resolved: ResolvedScenario;
}>;
export type LibraryChangeEvent = CustomEvent<{ scenarios: readonly SavedScenario[] }>;

/** A store that reports whether it persists (ResilientScenarioStore). */
interface StatusSource {
  status: StorageStatus;
  onStatus(listener: (status: StorageStatus) => void): () => void;
}

function hasStatus(store: ScenarioStore): store is ScenarioStore & StatusSource {
  return 'onStatus' in store && 'status' in store;
}

export class MaalbarScenarioLibrary extends LitElement {
  static override styles = [sharedStyles, tableStyles, libraryStyles];
  static override properties = {
    store: { attribute: false },
    scenario: { attribute: false },
    knownScenarios: { attribute: false },
    openId: { type: String, attribute: 'open-id' },
    now: { attribute: false },
    saved: { state: true },
    status: { state: true },
    message: { state: true },
    nameError: { state: true },
    replaceId: { state: true },
    renamingId: { state: true },
    renameError: { state: true },
    deletingId: { state: true },
    importReport: { state: true },
  };

  declare store: ScenarioStore | undefined;
  declare scenario: Scenario | undefined;
  declare knownScenarios: readonly Scenario[];
  declare openId: string;
  declare now: () => Date;
  declare saved: SavedScenario[];
  declare status: StorageStatus | undefined;
  /** The outcome of the last action, announced politely. */
  declare message: string;
  declare nameError: string | undefined;
  /** Id of the saved scenario "Gem som" would replace, awaiting confirmation. */
  declare replaceId: string | undefined;
  declare renamingId: string | undefined;
  declare renameError: string | undefined;
  declare deletingId: string | undefined;
  declare importReport: ImportReport | undefined;

  private readonly i18n = new LocaleController(this);
  private library: ScenarioLibrary | undefined;
  private stopStatus: (() => void) | undefined;

  constructor() {
    super();
    this.store = undefined;
    this.scenario = undefined;
    this.knownScenarios = [];
    this.openId = '';
    this.now = () => new Date();
    this.saved = [];
    this.status = undefined;
    this.message = '';
    this.nameError = undefined;
    this.replaceId = undefined;
    this.renamingId = undefined;
    this.renameError = undefined;
    this.deletingId = undefined;
    this.importReport = undefined;
  }

  override disconnectedCallback(): void {
    this.stopStatus?.();
    this.stopStatus = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('store') && !changed.has('now')) return;
    this.stopStatus?.();
    this.stopStatus = undefined;
    const store = this.store;
    this.library = store ? new ScenarioLibrary(store, () => this.now()) : undefined;
    this.status = store && hasStatus(store) ? store.status : undefined;
    if (store && hasStatus(store)) this.stopStatus = store.onStatus((status) => (this.status = status));
    if (changed.has('store')) void this.refresh();
  }

  /** Reloads the list from the store and announces it with `library-change`. */
  async refresh(): Promise<void> {
    this.saved = this.library ? await this.library.load() : [];
    this.announceList();
  }

  override render() {
    const openRecord = this.saved.find((record) => record.id === this.openId);
    return html`
      ${this.renderStatus()}
      <p class="message" role="status">${this.message}</p>
      <form class="save" @submit=${this.onSaveAs} novalidate>
        <label for="name">${t('library.saveAs.label')}</label>
        <input
          id="name"
          name="name"
          autocomplete="off"
          aria-invalid=${this.nameError ? 'true' : 'false'}
          aria-describedby="name-error"
        />
        <button type="submit" ?disabled=${!this.scenario || !this.store}>
          ${t('library.saveAs.button')}
        </button>
        ${
          openRecord
            ? html`<button
                type="button"
                ?disabled=${!this.scenario}
                @click=${() => this.saveOver(openRecord.id)}
              >
                ${t('library.save.button', { name: openRecord.name })}
              </button>`
            : nothing
        }
        <p id="name-error" class="field-error">${this.nameError ?? ''}</p>
        ${this.replaceId ? this.renderReplace() : nothing}
      </form>
      ${this.renderList()}
      <section class="files" aria-labelledby="files-heading">
        <h3 id="files-heading">${t('library.files.heading')}</h3>
        <div class="import">
          <label for="import">${t('library.import.label')}</label>
          <input id="import" type="file" accept=".json,application/json" @change=${this.onImport} />
          ${this.importReport ? importReportView(this.importReport) : nothing}
        </div>
        <button type="button" data-action="export" ?disabled=${!this.scenario} @click=${this.onExport}>
          ${t('library.export.button')}
        </button>
      </section>
    `;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    if (!this.store) return html`<p class="notice">${t('library.storage.notReady')}</p>`;
    const problem = this.status?.problem;
    if (!problem) return nothing;
    return html`<p class="notice problem" role="alert">${t(`library.storage.${problem}`)}</p>`;
  }

  private renderReplace(): TemplateResult {
    const record = this.saved.find((r) => r.id === this.replaceId);
    return html`<div class="confirm" role="group" aria-label=${t('library.replace.label')}>
      <span>${t('library.error.duplicate', { name: record?.name ?? '' })}</span>
      <button type="button" @click=${this.onConfirmReplace}>${t('library.replace')}</button>
      <button type="button" @click=${() => (this.replaceId = undefined)}>${t('library.cancel')}</button>
    </div>`;
  }

  private renderList(): TemplateResult {
    return savedScenarioTable(this.saved, {
      locale: this.i18n.locale,
      openId: this.openId,
      renamingId: this.renamingId,
      renameError: this.renameError,
      deletingId: this.deletingId,
      open: (id) => void this.open(id),
      startRename: (id) => void this.startRename(id),
      rename: (event, record) => void this.onRename(event, record),
      cancelRename: () => (this.renamingId = undefined),
      askDelete: (id) => (this.deletingId = id),
      confirmDelete: (record) => void this.deleteRecord(record),
      cancelDelete: () => (this.deletingId = undefined),
    });
  }

  private async onSaveAs(event: Event): Promise<void> {
    event.preventDefault();
    const { library, scenario } = this;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#name');
    this.replaceId = undefined;
    this.nameError = undefined;
    if (!library || !scenario) {
      this.message = t('library.noScenario');
      return;
    }
    const outcome = await library.saveAs(input?.value ?? '', scenario);
    if (outcome.kind === 'empty') this.nameError = t('library.error.emptyName');
    else if (outcome.kind === 'duplicate') this.replaceId = outcome.existing.id;
    else {
      if (input) input.value = '';
      this.saved = library.records;
      this.afterSave(outcome.record);
    }
  }

  private async onConfirmReplace(): Promise<void> {
    const id = this.replaceId;
    this.replaceId = undefined;
    if (id) await this.saveOver(id);
  }

  private async saveOver(id: string): Promise<void> {
    const { library, scenario } = this;
    if (!library || !scenario) return;
    const record = await library.saveOver(id, scenario);
    this.saved = library.records;
    if (record) this.afterSave(record);
  }

  private afterSave(record: SavedScenario): void {
    this.openId = record.id;
    this.message = t('library.saved', { name: record.name });
    this.announceList();
  }

  private async open(id: string): Promise<void> {
    const record = await this.library?.get(id);
    if (!record) return;
    this.openId = id;
    this.message = t('library.opened', { name: record.name });
    this.emit('scenario-open', { id, name: record.name, scenario: record.scenario });
  }

  private async startRename(id: string): Promise<void> {
    this.renamingId = id;
    this.renameError = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#rename-${CSS.escape(id)}`)?.focus();
  }

  private async onRename(event: Event, record: SavedScenario): Promise<void> {
    event.preventDefault();
    const library = this.library;
    if (!library) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#rename-${CSS.escape(record.id)}`);
    const name = input?.value ?? '';
    const outcome = await library.rename(record.id, name);
    if (outcome.kind === 'empty') this.renameError = t('library.error.emptyName');
    else if (outcome.kind === 'duplicate')
      this.renameError = t('library.error.duplicate', { name: name.trim() });
    else {
      this.renamingId = undefined;
      this.renameError = undefined;
      this.message = t('library.renamed', { name: outcome.record.name });
      this.saved = library.records;
      this.announceList();
    }
  }

  private async deleteRecord(record: SavedScenario): Promise<void> {
    this.deletingId = undefined;
    const library = this.library;
    if (!library) return;
    await library.delete(record.id);
    if (this.openId === record.id) this.openId = '';
    this.message = t('library.deleted', { name: record.name });
    this.saved = library.records;
    this.announceList();
  }

  private async onImport(event: Event): Promise<void> {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const file = input.files?.[0];
    // Cleared so that the same file, once fixed, can be picked again; the report keeps its name.
    input.value = '';
    if (file) await this.importFile(file);
  }

  /** Checks and imports a scenario file into the library; the working scenario is never replaced here. */
  async importFile(file: Blob & { name: string }): Promise<void> {
    const library = this.library;
    if (!library) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const message = t('library.import.readError', {
        message: error instanceof Error ? error.message : String(error),
      });
      this.importReport = {
        fileName: file.name,
        errors: [{ file: file.name, line: 1, column: 1, pointer: '', message, severity: 'error' }],
      };
      return;
    }
    const outcome = await library.importText(file.name, text, this.knownScenarios, this.i18n.locale);
    if (outcome.kind === 'invalid') {
      this.importReport = { fileName: file.name, errors: outcome.errors };
      return;
    }
    const { record, resolved } = outcome;
    this.saved = library.records;
    this.importReport = { fileName: file.name, name: record.name, errors: [] };
    this.announceList();
    this.emit('scenario-import', {
      fileName: file.name,
      id: record.id,
      name: record.name,
      scenario: record.scenario,
      resolved,
    });
  }

  private onExport(): void {
    const scenario = this.scenario;
    if (!scenario) return;
    const text = `${JSON.stringify(scenario, null, 2)}\n`;
    download(jsonBlob(text), exportFileName(scenario.id, 'json'), this.ownerDocument);
  }

  private announceList(): void {
    this.emit('library-change', { scenarios: this.saved });
  }

  private emit<K extends 'scenario-open' | 'scenario-import' | 'library-change'>(
    type: K,
    detail: HTMLElementEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('maalbar-scenario-library')) {
  customElements.define('maalbar-scenario-library', MaalbarScenarioLibrary);
}

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-scenario-library': MaalbarScenarioLibrary;
  }
  interface HTMLElementEventMap {
    'scenario-open': ScenarioOpenEvent;
    'scenario-import': ScenarioImportEvent;
    'library-change': LibraryChangeEvent;
  }
}
