/**
 * `<maalbar-mapping-editor>`: the labels an imported table has in its ydelse or indicator dimension and what
 * each stands for in Målbar, editable with a select per label; unknown labels are flagged. The mapping can be
 * saved as a JSON file (the shape `maalbar import --mapping` reads) and loaded from one (checked, with located
 * errors), or reset to the defaults.
 *
 * Properties: `mapping` (LabelMapping, default the defaults), `labels` (LabelRow[]: the table's labels with the
 * current targets), `dimension` (the mapped dimension's name). Events: `mapping-change` (CustomEvent<{mapping}>,
 * bubbles, composed) after every edit, load or reset. Accessibility: a table with a caption; each select is
 * labelled by its label's row.
 */
import { css, html, LitElement, nothing } from 'lit';
import { DEFAULT_LABEL_MAPPING } from '../../../src/io/default-label-mapping.ts';
import type { LabelMapping } from '../../../src/io/label-mapping.ts';
import { readLabelMapping } from '../../../src/io/read-label-mapping.ts';
import type { LocatedError } from '../../../src/rules/located-error.ts';
import { STATES } from '../../../src/rules/facts.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { type LabelRow, mappingFile, withLabel } from '../../import/mapping-labels.ts';
import '../maalbar-import-report/maalbar-import-report.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';

export type MappingChangeEvent = CustomEvent<{ mapping: LabelMapping }>;

export class MaalbarMappingEditor extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid #d1d5db;
      }
      tr.unknown th {
        color: #9b1c1c;
      }
      .flag {
        font-size: 0.85em;
        margin-left: 0.5rem;
        padding: 0 0.35rem;
        border: 1px solid #9b1c1c;
        border-radius: 3px;
        color: #9b1c1c;
      }
      select,
      button,
      input {
        font: inherit;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-top: 0.75rem;
      }
    `,
  ];
  static override properties = {
    mapping: { attribute: false },
    labels: { attribute: false },
    dimension: { type: String },
    loadErrors: { state: true },
  };

  declare mapping: LabelMapping;
  declare labels: LabelRow[];
  declare dimension: string;
  declare loadErrors: LocatedError[];

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.mapping = DEFAULT_LABEL_MAPPING;
    this.labels = [];
    this.dimension = '';
    this.loadErrors = [];
  }

  override render() {
    const locale = this.i18n.locale;
    const unknown = this.labels.filter((row) => row.value === '').length;
    const indicators = [
      ...new Set([
        ...Object.values(DEFAULT_LABEL_MAPPING.indicators),
        ...Object.values(this.mapping.indicators),
      ]),
    ].sort();
    return html`
      ${
        this.labels.length === 0
          ? html`<p>${t('data.mapping.none')}</p>`
          : html`<p>${t('data.mapping.intro', { dimension: this.dimension })}</p>
              ${
                unknown > 0
                  ? html`<p class="unknown-count">
                      ${t('data.mapping.unknownCount', { count: formatNumber(unknown, locale, 0) })}
                    </p>`
                  : nothing
              }
              <div class="table-wrap">
                <table>
                  <caption>
                    ${t('data.mapping.title')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('data.mapping.label')}</th>
                      <th scope="col">${t('data.mapping.target')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.labels.map((row, index) => this.renderRow(row, index, indicators))}
                  </tbody>
                </table>
              </div>`
      }
      <div class="actions">
        <button type="button" @click=${this.save}>${t('data.mapping.export')}</button>
        <label>
          ${t('data.mapping.import')}
          <input type="file" accept=".json,application/json" @change=${this.load} />
        </label>
        <button type="button" @click=${this.reset}>${t('data.mapping.reset')}</button>
      </div>
      <maalbar-import-report .errors=${this.loadErrors}></maalbar-import-report>
    `;
  }

  private renderRow(row: LabelRow, index: number, indicators: readonly string[]) {
    const id = `label-${index}`;
    return html`<tr class=${row.value === '' ? 'unknown' : ''} data-label=${row.label}>
      <th scope="row" id=${id}>
        ${row.label}${row.value === '' ? html`<span class="flag">${t('data.mapping.unknownFlag')}</span>` : nothing}
      </th>
      <td>
        <select
          aria-labelledby=${id}
          .value=${row.value}
          @change=${(event: Event) => this.edit(row.label, event)}
        >
          <option value="" ?selected=${row.value === ''}>— ${t('data.mapping.unknown')} —</option>
          <option value="ignore" ?selected=${row.value === 'ignore'}>${t('data.mapping.ignore')}</option>
          <optgroup label=${t('data.mapping.ydelser')}>
            ${STATES.map(
              (state) =>
                html`<option value=${`ydelse:${state}`} ?selected=${row.value === `ydelse:${state}`}>
                  ${state}
                </option>`,
            )}
          </optgroup>
          <optgroup label=${t('data.mapping.indicators')}>
            ${indicators.map(
              (indicator) =>
                html`<option
                  value=${`indicator:${indicator}`}
                  ?selected=${row.value === `indicator:${indicator}`}
                >
                  ${indicator}
                </option>`,
            )}
          </optgroup>
        </select>
      </td>
    </tr>`;
  }

  private edit(label: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.emit(withLabel(this.mapping, label, value));
  }

  private emit(mapping: LabelMapping): void {
    this.dispatchEvent(
      new CustomEvent('mapping-change', { detail: { mapping }, bubbles: true, composed: true }),
    );
  }

  private readonly save = (): void => {
    const url = URL.createObjectURL(new Blob([mappingFile(this.mapping)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'maalbar-mapping.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  private readonly load = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = readLabelMapping(bytes, { file: file.name, lang: this.i18n.locale });
    this.loadErrors = read.errors;
    input.value = '';
    if (read.mapping) this.emit(read.mapping);
  };

  private readonly reset = (): void => {
    this.loadErrors = [];
    this.emit(DEFAULT_LABEL_MAPPING);
  };
}

if (!customElements.get('maalbar-mapping-editor'))
  customElements.define('maalbar-mapping-editor', MaalbarMappingEditor);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-mapping-editor': MaalbarMappingEditor;
  }
  interface HTMLElementEventMap {
    'mapping-change': MappingChangeEvent;
  }
}
