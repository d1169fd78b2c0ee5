/**
 * `<maalbar-data>`: the Data view. A file dropped on it (or picked) is imported in the import worker with
 * progress and a cancel button; the view then shows the located errors and warnings, a summary (rows, persons,
 * small-cell suppression), the label mapping (editable; an edit imports the kept file again) and the first rows
 * of the normalised long table. The file's Blob is kept, so changing an option or the mapping never asks for
 * the file again. Below, the calibration against the imported series (calibration-section.ts).
 *
 * Properties: `scenario` (the working ResolvedScenario, for calibration). Read-only for tests: `lastImport`
 * (the DataImport shown). Reflected attributes: `data-state` (idle/running/done/failed/cancelled/crashed),
 * `data-rows` (data rows of the last import), `data-ms` (its worker milliseconds).
 * Events: none. Accessibility: the drop zone holds a real, labelled file input; the status is a polite live
 * region; errors are announced by the report.
 */
import { html, LitElement, nothing } from 'lit';
import { DEFAULT_LABEL_MAPPING } from '../../../src/io/default-label-mapping.ts';
import type { LabelMapping } from '../../../src/io/label-mapping.ts';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { ImportClient } from '../../import/import-client.ts';
import type { DataImport, DataImportOptions, ImportProgress } from '../../import/import-protocol.ts';
import { mappingLabels } from '../../import/mapping-labels.ts';
import '../maalbar-import-report/maalbar-import-report.ts';
import '../maalbar-mapping-editor/maalbar-mapping-editor.ts';
import type { MappingChangeEvent } from '../maalbar-mapping-editor/maalbar-mapping-editor.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { CalibrationSection } from './calibration-section.ts';
import { DEFAULT_IMPORT_SETTINGS, type ImportSettings, renderImportSettings } from './import-settings.ts';
import { renderImportSummary, renderTablePreview } from './import-summary.ts';
import { dataStyles } from './maalbar-data.styles.ts';

export type DataState = 'idle' | 'running' | 'done' | 'failed' | 'cancelled' | 'crashed';

export class MaalbarData extends LitElement {
  static override styles = [sharedStyles, tableStyles, dataStyles];
  static override properties = {
    scenario: { attribute: false },
    state: { state: true },
    progress: { state: true },
    result: { state: true },
    dragging: { state: true },
    crash: { state: true },
  };

  declare scenario: ResolvedScenario | undefined;
  declare state: DataState;
  declare progress: ImportProgress | undefined;
  declare result: DataImport | undefined;
  declare dragging: boolean;
  declare crash: string;

  private readonly i18n = new LocaleController(this);
  private readonly calibration = new CalibrationSection(this, {
    scenario: () => this.scenario,
    imported: () => this.result,
  });
  private client: ImportClient | undefined;
  private abort: AbortController | undefined;
  private file: File | undefined;
  private mapping: LabelMapping = DEFAULT_LABEL_MAPPING;
  private settings: ImportSettings = DEFAULT_IMPORT_SETTINGS;

  constructor() {
    super();
    this.scenario = undefined;
    this.state = 'idle';
    this.progress = undefined;
    this.result = undefined;
    this.dragging = false;
    this.crash = '';
  }

  /** The import shown (for tests and tools). */
  get lastImport(): DataImport | undefined {
    return this.result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.client?.dispose();
    this.client = undefined;
  }

  protected override updated(): void {
    this.dataset['state'] = this.state;
    this.dataset['rows'] = String(this.result?.rows ?? this.result?.table?.rows.length ?? 0);
    this.dataset['ms'] = String(Math.round(this.result?.ms ?? 0));
  }

  override render() {
    return html`
      <p>${t('data.intro')}</p>
      ${this.renderDropZone()} ${renderImportSettings(this.settings, (next) => (this.settings = next))}
      ${this.renderRun()}
      <maalbar-import-report
        .errors=${this.result?.errors ?? []}
        .warnings=${this.result?.warnings ?? []}
      ></maalbar-import-report>
      ${this.state === 'done' || this.state === 'failed' ? renderImportSummary(this.result, this.i18n.locale) : nothing}
      ${this.renderMapping()} ${renderTablePreview(this.result, this.i18n.locale)}
      ${this.calibration.render()}
    `;
  }

  private renderDropZone() {
    return html`<div
      class=${this.dragging ? 'dropzone dragging' : 'dropzone'}
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      <p>
        ${this.dragging ? t('data.dropActive') : t('data.drop')} ${t('data.dropOr')}
        <label class="pick"
          >${t('data.pick')}<input
            type="file"
            accept=".csv,.txt,.json,text/csv,application/json"
            @change=${this.onPick}
        /></label>
      </p>
      ${
        this.file
          ? html`<p class="file">
              ${t('data.file', {
                file: this.file.name,
                size:
                  this.file.size < 1e5
                    ? `${formatNumber(this.file.size / 1e3, this.i18n.locale, 1)} kB`
                    : `${formatNumber(this.file.size / 1e6, this.i18n.locale, 1)} MB`,
              })}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderRun() {
    const running = this.state === 'running';
    const progress = this.progress;
    const max = Math.max(progress?.total ?? 0, 1);
    return html`<div class="run">
      <progress
        max=${max}
        .value=${running ? (progress?.read ?? 0) : this.state === 'done' ? max : 0}
        aria-label=${t('data.progress')}
      ></progress>
      <span class="status" role="status" aria-live="polite">${this.statusText()}</span>
      <button type="button" class="cancel" ?disabled=${!running} @click=${this.cancel}>
        ${t('data.cancel')}
      </button>
      <button type="button" class="reimport" ?disabled=${running || !this.file} @click=${() => this.start()}>
        ${t('data.reimport')}
      </button>
    </div>`;
  }

  private statusText(): string {
    const locale = this.i18n.locale;
    const file = this.file?.name ?? '';
    switch (this.state) {
      case 'idle':
        return t('data.status.idle');
      case 'running': {
        const progress = this.progress;
        if (!progress || progress.phase === 'decode') return t('data.status.decode', { file });
        const params = {
          rows: formatNumber(progress.rows, locale, 0),
          percent: formatPercent(progress.total > 0 ? progress.read / progress.total : 0, locale, 0),
          errors: formatNumber(progress.errors, locale, 0),
        };
        return progress.errors > 0 ? t('data.status.rowsErrors', params) : t('data.status.rows', params);
      }
      case 'done':
        return t('data.status.done', {
          file,
          seconds: formatNumber((this.result?.ms ?? 0) / 1000, locale, 1),
        });
      case 'failed':
        return t('data.status.failed', { file });
      case 'cancelled':
        return t('data.status.cancelled');
      case 'crashed':
        return t('data.status.crashed', { message: this.crash });
    }
  }

  private renderMapping() {
    const result = this.result;
    if (!result?.table) return nothing;
    if (result.format === 'persons') {
      return html`<h3>${t('data.mapping.title')}</h3>
        <p class="note">${t('data.mapping.persons')}</p>`;
    }
    const { dimension, labels } = mappingLabels(result.table, this.mapping);
    return html`<h3>${t('data.mapping.title')}</h3>
      <maalbar-mapping-editor
        .mapping=${this.mapping}
        .labels=${labels}
        dimension=${dimension ?? ''}
        @mapping-change=${this.onMappingChange}
      ></maalbar-mapping-editor>`;
  }

  private readonly onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.take(file);
  };

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.take(file);
    input.value = '';
  };

  private readonly onMappingChange = (event: MappingChangeEvent): void => {
    this.mapping = event.detail.mapping;
    void this.start();
  };

  private readonly cancel = (): void => {
    this.abort?.abort();
  };

  private take(file: File): void {
    this.file = file;
    void this.start();
  }

  /** Imports the kept file with the current options (cancelling an import under way). */
  async start(): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.client ??= new ImportClient();
    this.state = 'running';
    this.progress = undefined;
    const { format, missing, month, suppressBelow } = this.settings;
    const options: DataImportOptions = {
      format,
      mapping: this.mapping,
      missing,
      lang: this.i18n.locale,
      ...(month === '' ? {} : { month }),
      // Aggregate tables are suppressed only when the user changes the threshold (importData's rule).
      ...(format === 'persons' || suppressBelow !== 3 ? { suppressBelow } : {}),
    };
    try {
      const result = await this.client.import(file, file.name, options, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (this.abort === abort) this.progress = progress;
        },
      });
      if (this.abort !== abort) return;
      this.result = result;
      this.state = result.errors.length > 0 ? 'failed' : 'done';
    } catch (error) {
      if (this.abort !== abort) return;
      if (error instanceof DOMException && error.name === 'AbortError') {
        this.state = 'cancelled';
        return;
      }
      this.crash = error instanceof Error ? error.message : String(error);
      this.state = 'crashed';
    }
  }
}

if (!customElements.get('maalbar-data')) customElements.define('maalbar-data', MaalbarData);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-data': MaalbarData;
  }
}
