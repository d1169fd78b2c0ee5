/**
 * `<maalbar-report>`: the committee report, printable to PDF from the browser (A4, page breaks, no controls in
 * print). It mirrors the plan's annex table (NR · MÅL · BEMÆRKNINGER) with the level proposed at the chosen
 * ambition, P(reach) with its standard error and the verdict, and a generated rationale per target; then every
 * assumption with its source; then a fan chart per simulated target. Buttons download the results as CSV or
 * JSON and each chart as SVG or PNG. All numbers and texts come from the core (src/report/); nothing is
 * computed here.
 *
 * Properties (set as properties; none is read from a clock):
 * - `result`: `MonteCarloResult | undefined` — the run to report (default undefined: a "no results" note).
 * - `scenario`: `BaseScenario | undefined` — the resolved scenario of that run (sources, municipality).
 * - `ambition`: the wanted probability for the proposed levels, 0 < a < 1 (default 0.8; attribute `ambition`).
 * - `date`: the report's date as "YYYY-MM-DD" (default "": no date line; attribute `date`).
 * - `planYear`: the plan's year for the title (default: the year of the first target's month; attribute
 *   `plan-year`).
 * Events: `report-download` (`CustomEvent<{ kind: 'csv' | 'json' | 'svg' | 'png'; filename: string }>`, bubbles,
 * composed) after a file was handed to the browser.
 * Language: the UI language (Danish by default); the texts follow the language switch.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderFanChart } from '../../charts/fan-chart.ts';
import { csvBlob, download, exportFileName, jsonBlob, svgBlob } from '../../export/download.ts';
import { resultsToCsv } from '../../export/results-to-csv.ts';
import { resultsToJson } from '../../export/results-to-json.ts';
import { svgToPngBlob } from '../../export/svg-to-png-blob.ts';
import { svgToString } from '../../export/svg-to-string.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { INTL_TAG, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { assumptionList, type AssumptionEntry } from '../../../src/report/assumption-list.ts';
import { committeeTable, type CommitteeRow } from '../../../src/report/committee-table.ts';
import { reportFormat } from '../../../src/report/report-format.ts';
import { targetGoalText } from '../../../src/report/target-goal-text.ts';
import { targetRationale } from '../../../src/report/target-rationale.ts';
import type { BaseScenario } from '../../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { assumptionTable } from './assumption-table.ts';
import { REPORT_PAGE_CSS, reportStyles } from './maalbar-report.styles.ts';
import { resultFanData } from './result-fan-data.ts';
import { verdictBadge, verdictStyles } from './report-verdict.ts';

export type ReportDownloadKind = 'csv' | 'json' | 'svg' | 'png';
export type ReportDownloadEvent = CustomEvent<{ kind: ReportDownloadKind; filename: string }>;

const PAGE_STYLE_ID = 'maalbar-report-page';

/** Adds the @page and print-isolation rules to the document once. */
function adoptPageStyle(document: Document): void {
  if (document.getElementById(PAGE_STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = REPORT_PAGE_CSS;
  document.head.append(style);
}

/** "27. januar 2015" / "27 January 2015" for "2015-01-27"; undefined for anything else. */
function formatDate(date: string, locale: Locale): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

export class MaalbarReport extends LitElement {
  static override styles = [sharedStyles, tableStyles, verdictStyles, reportStyles];
  static override properties = {
    result: { attribute: false },
    scenario: { attribute: false },
    ambition: { type: Number },
    date: { type: String },
    planYear: { type: Number, attribute: 'plan-year' },
    problem: { state: true },
  };

  declare result: MonteCarloResult | undefined;
  declare scenario: BaseScenario | undefined;
  declare ambition: number;
  declare date: string;
  declare planYear: number | undefined;
  /** The last download that failed, in words. */
  declare problem: string | undefined;

  private readonly i18n = new LocaleController(this);
  private rows: CommitteeRow[] = [];
  private assumptions: AssumptionEntry[] = [];

  constructor() {
    super();
    this.result = undefined;
    this.scenario = undefined;
    this.ambition = 0.8;
    this.date = '';
    this.planYear = undefined;
    this.problem = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyle(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('result') || changed.has('scenario') || changed.has('ambition')) {
      const { result, scenario } = this;
      this.rows = result && scenario ? committeeTable(result, scenario, { ambition: this.ambition }) : [];
    }
    if (changed.has('scenario')) this.assumptions = this.scenario ? assumptionList(this.scenario) : [];
  }

  override render() {
    const locale = this.i18n.locale;
    if (!this.result || !this.scenario) return html`<p class="muted">${t('report.noResult')}</p>`;
    const year = this.planYear ?? Number((this.rows[0]?.month ?? this.scenario.end).slice(0, 4));
    const date = formatDate(this.date, locale);
    const format = reportFormat(locale);
    const ambition = format.percent(this.ambition);
    return html`
      <div class="controls" role="toolbar" aria-label=${t('report.actions.label')}>
        <button type="button" @click=${this.onPrint}>${t('report.print')}</button>
        <button type="button" @click=${() => this.downloadResults('csv')}>${t('report.downloadCsv')}</button>
        <button type="button" @click=${() => this.downloadResults('json')}>
          ${t('report.downloadJson')}
        </button>
      </div>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <article class="report" aria-labelledby="report-title">
        <header class="report-header">
          <p class="municipality">${this.scenario.municipality}</p>
          <h3 id="report-title">${t('report.title', { year })}</h3>
          ${date ? html`<p class="meta">${t('report.date', { date })}</p>` : nothing}
          <p class="scenario">
            ${t('report.scenario', {
              scenario: this.scenario.title[locale],
              replications: format.number(this.result.raw.to - this.result.raw.from),
              seed: this.result.context.seed,
              ambition,
            })}
          </p>
        </header>
        <section aria-labelledby="targets-heading">
          <h4 id="targets-heading">${t('report.targets.heading', { year })}</h4>
          <div class="table-wrap" role="region" aria-labelledby="targets-heading" tabindex="0">
            <table class="committee">
              <caption>
                ${t('report.targets.caption', { ambition })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('report.col.nr')}</th>
                  <th scope="col">${t('report.col.goal')}</th>
                  <th scope="col" class="number">${t('report.col.proposed', { ambition })}</th>
                  <th scope="col">${t('report.col.pReach')}</th>
                  <th scope="col">${t('report.col.remarks')}</th>
                </tr>
              </thead>
              <tbody>
                ${this.rows.map((row) => this.renderRow(row, locale))}
              </tbody>
            </table>
          </div>
        </section>
        ${assumptionTable(this.assumptions, locale)} ${this.renderCharts(locale)}
      </article>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { result } = this;
    if (!result) return;
    const locale = this.i18n.locale;
    for (const row of this.rows) {
      const svg = this.chartOf(row.nr);
      const data = resultFanData(result, row.nr, locale);
      if (svg && data)
        renderFanChart(svg, data, { title: row.title[locale], locale, width: 640, height: 300 });
    }
  }

  private renderRow(row: CommitteeRow, locale: Locale): TemplateResult {
    const format = reportFormat(locale);
    const symbol = row.direction === 'atMost' ? '≤' : '≥';
    const proposed =
      row.proposedLevel === undefined
        ? html`<span class="muted">${t('report.none')}</span>`
        : `${symbol} ${format.value(row.proposedLevel, row.unit)}`;
    let chance: TemplateResult;
    if (row.kind === 'unsimulated') chance = html`<span class="muted">${t('report.notSimulated')}</span>`;
    else if (row.pReach === undefined) chance = html`<span class="muted">${t('report.followOnly')}</span>`;
    else {
      chance = html`${format.percent(row.pReach)}
      ${
        row.pReachSE === undefined
          ? nothing
          : html`<span class="se">${t('report.pReachSE', { se: format.points(row.pReachSE) })}</span>`
      }
      ${row.verdict ? verdictBadge(row.verdict, locale) : nothing}`;
    }
    return html`<tr data-nr=${row.nr}>
      <th scope="row">${row.nr}</th>
      <td class="goal">${targetGoalText(row, locale)}</td>
      <td class="number">${proposed}</td>
      <td>${chance}</td>
      <td class="remarks">${targetRationale(row, locale)}</td>
    </tr>`;
  }

  private renderCharts(locale: Locale): TemplateResult {
    const charted = this.rows.filter((row) => row.kind !== 'unsimulated');
    return html`<section class="charts-section" aria-labelledby="charts-heading">
      <h4 id="charts-heading">${t('report.charts.heading')}</h4>
      <div class="charts">
        ${charted.map(
          (row) =>
            html`<figure>
              <figcaption>${t('report.chart.caption', { nr: row.nr, title: row.title[locale] })}</figcaption>
              <svg data-target=${row.nr}></svg>
              <div class="chart-actions">
                <button
                  type="button"
                  aria-label=${t('report.chart.svgLabel', { nr: row.nr })}
                  @click=${() => this.downloadChart(row.nr, 'svg')}
                >
                  ${t('report.chart.svg')}
                </button>
                <button
                  type="button"
                  aria-label=${t('report.chart.pngLabel', { nr: row.nr })}
                  @click=${() => this.downloadChart(row.nr, 'png')}
                >
                  ${t('report.chart.png')}
                </button>
              </div>
            </figure>`,
        )}
      </div>
    </section>`;
  }

  private chartOf(nr: string): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>(`svg[data-target="${CSS.escape(nr)}"]`);
  }

  private fileStem(): string {
    return this.scenario?.id ?? 'maalbar';
  }

  private onPrint(): void {
    this.ownerDocument.defaultView?.print();
  }

  private downloadResults(kind: 'csv' | 'json'): void {
    const result = this.result;
    if (!result) return;
    const filename = exportFileName(this.fileStem(), t('export.fileStem.results'), kind);
    const blob =
      kind === 'csv' ? csvBlob(resultsToCsv(result, this.i18n.locale)) : jsonBlob(resultsToJson(result));
    this.deliver(kind, blob, filename);
  }

  private async downloadChart(nr: string, kind: 'svg' | 'png'): Promise<void> {
    const svg = this.chartOf(nr);
    if (!svg) return;
    const filename = exportFileName(this.fileStem(), t('export.fileStem.chart'), nr, kind);
    try {
      const blob = kind === 'svg' ? svgBlob(svgToString(svg)) : await svgToPngBlob(svg, 2);
      this.deliver(kind, blob, filename);
    } catch (error) {
      this.problem = t('report.exportFailed', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private deliver(kind: ReportDownloadKind, blob: Blob, filename: string): void {
    download(blob, filename, this.ownerDocument);
    this.problem = undefined;
    this.dispatchEvent(
      new CustomEvent('report-download', { detail: { kind, filename }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('maalbar-report')) customElements.define('maalbar-report', MaalbarReport);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-report': MaalbarReport;
  }
  interface HTMLElementEventMap {
    'report-download': ReportDownloadEvent;
  }
}
