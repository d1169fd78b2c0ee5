/**
 * `<maalbar-compare>`: two scenarios side by side — per target P(reach) in A and in B with the verdicts and the
 * difference in percentage points, the level reachable at the chosen ambition in A and B and its difference,
 * and per simulated target the two fans overlaid (80 % bands and medians; solid blue A, dashed orange B). The
 * table model is the core's compareTable; nothing is computed here.
 *
 * Properties (set as properties):
 * - `a`, `b`: `CompareSide | undefined` — `{ label, result, scenario }` of each scenario (default undefined:
 *   a note asks for two scenarios).
 * - `ambition`: the probability of the compared levels, 0 < a < 1 (default 0.8; attribute `ambition`).
 * - `choices`: `readonly CompareChoice[]` — scenarios the user may pick for A and B (default `[]`: no pickers).
 * - `selectedA`, `selectedB`: ids of the picked choices (default ""; attributes `selected-a`, `selected-b`).
 * Events: `compare-select` (`CustomEvent<{ side: 'a' | 'b'; id: string }>`, bubbles, composed) when the user
 * picks a scenario; the host runs it and sets `a`/`b` (the element has already updated `selectedA`/`selectedB`).
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderCompareFanChart } from '../../charts/compare-fan-chart.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { CommitteeRow } from '../../../src/report/committee-table.ts';
import { compareTable, type CompareRow } from '../../../src/report/compare-table.ts';
import { reportFormat } from '../../../src/report/report-format.ts';
import type { BaseScenario } from '../../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { resultFanData } from '../maalbar-report/result-fan-data.ts';
import { verdictBadge, verdictStyles } from '../maalbar-report/report-verdict.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { compareStyles } from './maalbar-compare.styles.ts';

/** One scenario of the comparison with its run. */
export interface CompareSide {
  /** The name shown in headers and the chart legend, e.g. "Basis" or "Ledighed −5 %". */
  label: string;
  result: MonteCarloResult;
  /** The resolved scenario of the run. */
  scenario: BaseScenario;
}

/** A scenario the user can pick for a side. */
export interface CompareChoice {
  id: string;
  label: string;
}

export type CompareSelectEvent = CustomEvent<{ side: 'a' | 'b'; id: string }>;

export class MaalbarCompare extends LitElement {
  static override styles = [sharedStyles, tableStyles, verdictStyles, compareStyles];
  static override properties = {
    a: { attribute: false },
    b: { attribute: false },
    ambition: { type: Number },
    choices: { attribute: false },
    selectedA: { type: String, attribute: 'selected-a' },
    selectedB: { type: String, attribute: 'selected-b' },
  };

  declare a: CompareSide | undefined;
  declare b: CompareSide | undefined;
  declare ambition: number;
  declare choices: readonly CompareChoice[];
  declare selectedA: string;
  declare selectedB: string;

  private readonly i18n = new LocaleController(this);
  private rows: CompareRow[] = [];

  constructor() {
    super();
    this.a = undefined;
    this.b = undefined;
    this.ambition = 0.8;
    this.choices = [];
    this.selectedA = '';
    this.selectedB = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('a') || changed.has('b') || changed.has('ambition')) {
      const { a, b } = this;
      this.rows = a && b ? compareTable(a, b, { ambition: this.ambition }) : [];
    }
  }

  override render() {
    const locale = this.i18n.locale;
    const { a, b } = this;
    const ambition = reportFormat(locale).percent(this.ambition);
    return html`
      ${this.choices.length > 0 ? this.renderPickers() : nothing}
      ${
        !a || !b
          ? html`<p class="muted">${t('compare.empty')}</p>`
          : html`<p class="intro">${t('compare.intro', { ambition })}</p>
              <div class="table-wrap" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table>
                  <caption id="compare-caption">
                    ${t('compare.caption', { a: a.label, b: b.label })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('compare.col.nr')}</th>
                      <th scope="col">${t('compare.col.target')}</th>
                      <th scope="col">${t('compare.col.pReach', { scenario: a.label })}</th>
                      <th scope="col">${t('compare.col.pReach', { scenario: b.label })}</th>
                      <th scope="col" class="number">${t('compare.col.pDiff')}</th>
                      <th scope="col" class="number">
                        ${t('compare.col.proposed', { ambition, scenario: a.label })}
                      </th>
                      <th scope="col" class="number">
                        ${t('compare.col.proposed', { ambition, scenario: b.label })}
                      </th>
                      <th scope="col" class="number">${t('compare.col.levelDiff')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.rows.map((row) => this.renderRow(row, locale))}
                  </tbody>
                </table>
              </div>
              ${this.renderCharts(a, b, locale)}`
      }
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { a, b } = this;
    if (!a || !b) return;
    const locale = this.i18n.locale;
    for (const row of this.chartRows(a, b, locale)) {
      const svg = this.renderRoot.querySelector<SVGSVGElement>(`svg[data-target="${CSS.escape(row.nr)}"]`);
      if (!svg) continue;
      renderCompareFanChart(
        svg,
        { a: { label: a.label, data: row.dataA }, b: { label: b.label, data: row.dataB } },
        { title: row.title, locale },
      );
    }
  }

  private renderPickers(): TemplateResult {
    const picker = (side: 'a' | 'b', selected: string) =>
      html`<label>
        ${t(side === 'a' ? 'compare.pick.a' : 'compare.pick.b')}
        <select @change=${(event: Event) => this.onSelect(side, event)}>
          <option value="" ?selected=${selected === ''}>${t('compare.pick.none')}</option>
          ${this.choices.map(
            (choice) =>
              html`<option value=${choice.id} ?selected=${choice.id === selected}>${choice.label}</option>`,
          )}
        </select>
      </label>`;
    return html`<div class="pickers">${picker('a', this.selectedA)} ${picker('b', this.selectedB)}</div>`;
  }

  private renderRow(row: CompareRow, locale: Locale): TemplateResult {
    const format = reportFormat(locale);
    const signed = (value: number, text: string): string => (value > 0 ? `+${text}` : text);
    const chance = (side: CommitteeRow | undefined): TemplateResult => {
      if (!side) return html`<span class="muted">${t('compare.missing')}</span>`;
      if (side.kind === 'unsimulated') return html`<span class="muted">${t('compare.notSimulated')}</span>`;
      if (side.pReach === undefined) return html`<span class="muted">${t('report.followOnly')}</span>`;
      return html`${format.percent(side.pReach)}
      ${side.verdict ? verdictBadge(side.verdict, locale) : nothing}`;
    };
    const level = (side: CommitteeRow | undefined) =>
      side?.proposedLevel === undefined
        ? html`<span class="muted">${t('report.none')}</span>`
        : `${side.direction === 'atMost' ? '≤' : '≥'} ${format.value(side.proposedLevel, side.unit)}`;
    const p = row.pReachDifference;
    const d = row.proposedLevelDifference;
    return html`<tr data-nr=${row.nr}>
      <td>${row.nr}</td>
      <th scope="row">${row.title[locale]}</th>
      <td>${chance(row.a)}</td>
      <td>${chance(row.b)}</td>
      <td class="number">
        ${
          p === undefined
            ? html`<span class="muted">${t('report.none')}</span>`
            : signed(p, format.points(p, 0))
        }
      </td>
      <td class="number">${level(row.a)}</td>
      <td class="number">${level(row.b)}</td>
      <td class="number">
        ${d === undefined ? html`<span class="muted">${t('report.none')}</span>` : signed(d, format.number(d))}
      </td>
    </tr>`;
  }

  /** Targets simulated in both scenarios with the same unit: the ones whose fans can share axes. */
  private chartRows(a: CompareSide, b: CompareSide, locale: Locale) {
    return this.rows.flatMap((row) => {
      const dataA = resultFanData(a.result, row.nr, locale);
      const dataB = resultFanData(b.result, row.nr, locale);
      if (!dataA || !dataB || dataA.unit !== dataB.unit) return [];
      return [{ nr: row.nr, title: row.title[locale], dataA, dataB }];
    });
  }

  private renderCharts(a: CompareSide, b: CompareSide, locale: Locale): TemplateResult {
    const rows = this.chartRows(a, b, locale);
    return html`<section aria-labelledby="compare-charts-heading">
      <h3 id="compare-charts-heading">${t('compare.charts.heading')}</h3>
      <div class="charts">
        ${rows.map(
          (row) =>
            html`<figure>
              <figcaption>${t('compare.chart.caption', { nr: row.nr, title: row.title })}</figcaption>
              <svg data-target=${row.nr}></svg>
            </figure>`,
        )}
      </div>
    </section>`;
  }

  private onSelect(side: 'a' | 'b', event: Event): void {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement)) return;
    if (side === 'a') this.selectedA = select.value;
    else this.selectedB = select.value;
    this.dispatchEvent(
      new CustomEvent('compare-select', {
        detail: { side, id: select.value },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

if (!customElements.get('maalbar-compare')) customElements.define('maalbar-compare', MaalbarCompare);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-compare': MaalbarCompare;
  }
  interface HTMLElementEventMap {
    'compare-select': CompareSelectEvent;
  }
}
