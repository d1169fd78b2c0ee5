/**
 * The Data view's calibration: the observed series of the imported table (seriesFromTable), a "Kalibrér"
 * button that runs calibrateScenario on the working scenario in a worker (with progress and cancel), and the
 * result — the calibrated parameters with their 80 % intervals and a fit chart per series. After a calibration
 * the host dispatches `calibrated` (CustomEvent<{ result }>, bubbles, composed) so the app can adopt the
 * calibrated scenario (result.scenario extends the working one).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type {
  CalibrationProgress,
  CalibrationResult,
  ObservedSeries,
  SeriesFit,
} from '../../../src/calibrate/calibration-types.ts';
import { seriesFromTable } from '../../../src/calibrate/series-from-table.ts';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import { BUNDLED_RULES } from '../../bundle/bundled-rules.ts';
import { renderFitChart } from '../../charts/fit-chart.ts';
import { formatNumber } from '../../i18n/format.ts';
import { getLocale } from '../../i18n/locale-store.ts';
import { t } from '../../i18n/t.ts';
import { calibrateInWorker } from '../../import/calibration-client.ts';
import type { DataImport } from '../../import/import-protocol.ts';

type CalibrationState = 'idle' | 'running' | 'done' | 'failed';

export interface CalibrationSources {
  scenario: () => ResolvedScenario | undefined;
  imported: () => DataImport | undefined;
}

export class CalibrationSection implements ReactiveController {
  private state: CalibrationState = 'idle';
  private progress: CalibrationProgress | undefined;
  private result: CalibrationResult | undefined;
  private message = '';
  private abort: AbortController | undefined;
  private seriesCache: { key: DataImport | undefined; series: ObservedSeries[] } | undefined;
  /** What each fit chart last drew, so a re-render of the view does not redraw it. */
  private readonly drawn = new WeakMap<Element, { fit: SeriesFit; locale: string }>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sources: CalibrationSources,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The imported table's monthly series (none for a failed import). */
  series(): ObservedSeries[] {
    const imported = this.sources.imported();
    if (this.seriesCache && this.seriesCache.key === imported) return this.seriesCache.series;
    const series = imported?.table ? seriesFromTable(imported.table, imported.file).series : [];
    this.seriesCache = { key: imported, series };
    return series;
  }

  render() {
    const series = this.series();
    const scenario = this.sources.scenario();
    const ready = series.length > 0 && scenario !== undefined;
    const locale = getLocale();
    return html`<section class="calibration" aria-labelledby="calibration-title" data-state=${this.state}>
      <h3 id="calibration-title">${t('data.calibrate.title')}</h3>
      ${
        ready
          ? html`<p>${t('data.calibrate.series', { count: formatNumber(series.length, locale, 0) })}</p>`
          : html`<p class="note">${t('data.calibrate.needsData')}</p>`
      }
      <div class="run">
        <button
          type="button"
          class="calibrate"
          ?disabled=${!ready || this.state === 'running'}
          @click=${() => void this.start()}
        >
          ${t('data.calibrate.button')}
        </button>
        <button
          type="button"
          class="calibrate-cancel"
          ?disabled=${this.state !== 'running'}
          @click=${() => this.abort?.abort()}
        >
          ${t('data.calibrate.cancel')}
        </button>
        <span role="status" aria-live="polite">${this.statusText()}</span>
      </div>
      ${this.result ? this.renderResult(this.result) : nothing}
    </section>`;
  }

  private statusText(): string {
    const locale = getLocale();
    if (this.state === 'running') {
      const progress = this.progress;
      if (!progress) return t('data.calibrate.running');
      return t('data.calibrate.progress', {
        phase: t(`data.calibrate.phase.${progress.phase}`),
        done: formatNumber(progress.done, locale, 0),
        total: formatNumber(progress.total, locale, 0),
      });
    }
    if (this.state === 'done' && this.result)
      return t('data.calibrate.done', { series: formatNumber(this.result.fits.length, locale, 0) });
    if (this.state === 'failed') return t('data.calibrate.failed', { message: this.message });
    return '';
  }

  private renderResult(result: CalibrationResult) {
    const locale = getLocale();
    const n = (value: number) => formatNumber(value, locale, 3);
    return html`<div class="table-wrap">
        <table class="parameters">
          <caption>
            ${t('data.calibrate.parameters')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('data.calibrate.parameter')}</th>
              <th scope="col">${t('data.calibrate.value')}</th>
              <th scope="col">${t('data.calibrate.interval')}</th>
            </tr>
          </thead>
          <tbody>
            ${result.parameters.map(
              (parameter) =>
                html`<tr>
                  <th scope="row">${parameter.id}</th>
                  <td class="number">${n(parameter.value)}</td>
                  <td class="number">${n(parameter.low)}–${n(parameter.high)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        result.warnings.length > 0
          ? html`<ul class="warnings">
              ${result.warnings.map((warning) => html`<li>${warning[locale]}</li>`)}
            </ul>`
          : nothing
      }
      <div class="fit-charts">
        ${result.fits.map(
          (fit) => html`<svg data-series=${fit.seriesId} ${ref((element) => this.draw(element, fit))}></svg>`,
        )}
      </div>`;
  }

  private draw(element: Element | undefined, fit: SeriesFit): void {
    if (!(element instanceof SVGSVGElement)) return;
    const locale = getLocale();
    const before = this.drawn.get(element);
    if (before?.fit === fit && before.locale === locale) return;
    renderFitChart(element, fit, { title: fit.seriesId, locale });
    this.drawn.set(element, { fit, locale });
  }

  private async start(): Promise<void> {
    const scenario = this.sources.scenario();
    const series = this.series();
    if (!scenario || series.length === 0) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'running';
    this.progress = undefined;
    this.host.requestUpdate();
    try {
      const result = await calibrateInWorker(
        { scenario, rules: BUNDLED_RULES.files, series, options: {} },
        {
          signal: abort.signal,
          onProgress: (progress) => {
            this.progress = progress;
            this.host.requestUpdate();
          },
        },
      );
      if (this.abort !== abort) return;
      this.result = result;
      this.state = 'done';
      this.host.dispatchEvent(
        new CustomEvent('calibrated', { detail: { result }, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (this.abort !== abort) return;
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      this.state = cancelled ? 'idle' : 'failed';
      this.message = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }
}
