/**
 * `<maalbar-target-board>`: the home view's table — one row per target with its indicator, baseline, level,
 * P(reach) as a number and a verdict badge (icon + word + colour), the level reachable at the chosen ambition,
 * a fan sparkline, unsimulated targets with their reason, and — under each indicator — its remarks, with
 * inconsistencies in the source flagged.
 *
 * Properties:
 * - `rows`: `readonly TargetRow[]` (default `[]`), set as a property (no attribute). Never mutated.
 * - `ambition`: the wanted probability, 0.5–0.95 in steps of 0.05 (default 0.8; attribute `ambition`).
 * - `stale`: the rows are from an earlier run while a new one starts (default false): the table is marked busy
 *   and its probabilities set in italics.
 * Events: `ambition-change` (`CustomEvent<{ ambition: number }>`, bubbles, composed) when the user moves the
 * ambition control; the element has already updated its own `ambition`.
 * Accessibility: a captioned table with column and row headers, a labelled range control with a spoken value,
 * verdicts and remarks in words (colour is never the only signal), sparklines with a spoken summary.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderSparkline } from '../../charts/sparkline.ts';
import { formatChartValue, targetSymbol } from '../../charts/format-chart-value.ts';
import { formatMonth, formatPercent } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { reachableAt } from '../../view-model/reachable-at.ts';
import { localized, type TargetNote, type TargetRow, type Verdict } from '../../view-model/target-row.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { targetBoardStyles } from './maalbar-target-board.styles.ts';

export type AmbitionChangeEvent = CustomEvent<{ ambition: number }>;

/** The ambition control's range, in percent. */
export const AMBITION_RANGE = { min: 50, max: 95, step: 5 } as const;

const VERDICT_ICON: Readonly<Record<Verdict, string>> = {
  safe: '✓',
  realistic: '◎',
  veryAmbitious: '!',
  unrealistic: '✕',
};

export class MaalbarTargetBoard extends LitElement {
  static override styles = [sharedStyles, tableStyles, targetBoardStyles];
  static override properties = {
    rows: { attribute: false },
    ambition: { type: Number },
    stale: { type: Boolean, reflect: true },
  };

  declare rows: readonly TargetRow[];
  declare ambition: number;
  declare stale: boolean;

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.rows = [];
    this.ambition = 0.8;
    this.stale = false;
  }

  override render() {
    const locale = this.i18n.locale;
    const ambitionText = formatPercent(this.ambition, locale, 0);
    return html`
      <div class="ambition">
        <label for="ambition">${t('board.ambition.label')}</label>
        <input
          id="ambition"
          type="range"
          min=${AMBITION_RANGE.min}
          max=${AMBITION_RANGE.max}
          step=${AMBITION_RANGE.step}
          .value=${String(Math.round(this.ambition * 100))}
          aria-valuetext=${ambitionText}
          aria-describedby="ambition-help"
          @input=${this.onAmbitionInput}
        />
        <output for="ambition" aria-hidden="true">${ambitionText}</output>
        <p class="help" id="ambition-help">
          ${t('board.ambition.help', {
            min: formatPercent(AMBITION_RANGE.min / 100, locale, 0),
            max: formatPercent(AMBITION_RANGE.max / 100, locale, 0),
          })}
        </p>
      </div>
      <div class="table-wrap" role="region" aria-label=${t('board.caption')} tabindex="0">
        <table aria-busy=${this.stale ? 'true' : 'false'}>
          <caption>
            ${t('board.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('board.col.nr')}</th>
              <th scope="col">${t('board.col.indicator')}</th>
              <th scope="col" class="number">${t('board.col.baseline')}</th>
              <th scope="col" class="number">${t('board.col.level')}</th>
              <th scope="col">${t('board.col.pReach')}</th>
              <th scope="col" class="number">${t('board.col.reachable', { ambition: ambitionText })}</th>
              <th scope="col">${t('board.col.fan')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              this.rows.length === 0
                ? html`<tr>
                    <td colspan="7" class="muted">${t('board.empty')}</td>
                  </tr>`
                : this.rows.map((row) => this.renderRow(row, locale))
            }
          </tbody>
        </table>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Charts are plain functions: redraw each sparkline after Lit has placed its <svg>.
    const locale = this.i18n.locale;
    for (const row of this.rows) {
      const svg = this.renderRoot.querySelector<SVGSVGElement>(`svg[data-row="${CSS.escape(row.id)}"]`);
      if (svg && row.fan) renderSparkline(svg, row.fan, { title: localized(row.indicator, locale), locale });
    }
  }

  private renderRow(row: TargetRow, locale: Locale): TemplateResult {
    const value = (number: number): string => formatChartValue(number, row.unit, locale);
    const valueAt = (number: number, month: string) =>
      html`${value(number)}<span class="month">${formatMonth(month, locale)}</span>`;
    return html`<tr data-id=${row.id} class="status-${row.result.status}">
      <td>${row.nr}</td>
      <th scope="row">
        <span class="name">${localized(row.indicator, locale)}</span>${this.renderNotes(row.notes, locale)}
      </th>
      <td class="number">
        ${
          row.baseline
            ? valueAt(row.baseline.value, row.baseline.month)
            : html`<span class="muted">${t('board.notSet')}</span>`
        }
      </td>
      <td class="number">
        ${
          row.target
            ? html`${targetSymbol(row.target.direction)} ${valueAt(row.target.level, row.target.month)}`
            : html`<span class="muted">${t('board.notSet')}</span>`
        }
      </td>
      ${this.renderResult(row, locale)}
    </tr>`;
  }

  /** The P(reach), reachable-level and sparkline cells, or one cell with the reason it was not simulated. */
  private renderResult(row: TargetRow, locale: Locale): TemplateResult {
    const result = row.result;
    if (result.status === 'unsimulated') {
      return html`<td colspan="3" class="unsimulated">
        <strong>${t('board.unsimulated')}:</strong> ${localized(result.reason, locale)}
      </td>`;
    }
    const reachable = reachableAt(result.reachable, this.ambition);
    const symbol = row.target ? `${targetSymbol(row.target.direction)} ` : '';
    const pCell =
      result.status === 'simulated'
        ? html`<span class="p-reach">${formatPercent(result.pReach, locale, 0)}</span>
            ${this.renderStandardError(result.pReachSE, locale)}
            <span class="verdict verdict-${result.verdict}"
              ><span aria-hidden="true">${VERDICT_ICON[result.verdict]}</span>
              ${t(`verdict.${result.verdict}`)}</span
            >`
        : html`<span class="muted">${t('board.followOnly')}</span>`;
    return html`<td>${pCell}</td>
      <td class="number">
        ${
          reachable
            ? `${symbol}${formatChartValue(reachable.level, row.unit, locale)}`
            : html`<span class="muted">${t('board.noValue')}</span>`
        }
      </td>
      <td>
        ${
          row.fan
            ? html`<svg class="sparkline" data-row=${row.id}></svg>`
            : html`<span class="muted">${t('board.noValue')}</span>`
        }
      </td>`;
  }

  private renderStandardError(se: number, locale: Locale): TemplateResult {
    const text = formatPercent(se, locale, 1);
    return html`<span class="se" title=${t('board.pReachSE.label', { se: text })}
      >${t('board.pReachSE', { se: text })}</span
    >`;
  }

  private renderNotes(notes: readonly TargetNote[], locale: Locale): TemplateResult | typeof nothing {
    if (notes.length === 0) return nothing;
    return html`<ul class="notes">
      ${notes.map(
        (note) =>
          html`<li class="note-${note.kind}">
            <span class="marker"
              >${
                note.kind === 'note'
                  ? html`${t('board.note.note')}:`
                  : html`<span aria-hidden="true">⚠</span> ${t(`board.note.${note.kind}`)}:`
              }</span
            >
            ${localized(note.text, locale)}
          </li>`,
      )}
    </ul>`;
  }

  private onAmbitionInput(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    this.ambition = Number(input.value) / 100;
    this.dispatchEvent(
      new CustomEvent('ambition-change', {
        detail: { ambition: this.ambition },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

if (!customElements.get('maalbar-target-board'))
  customElements.define('maalbar-target-board', MaalbarTargetBoard);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-target-board': MaalbarTargetBoard;
  }
  interface HTMLElementEventMap {
    'ambition-change': AmbitionChangeEvent;
  }
}
