/**
 * `<maalbar-projection>`: the projection view — a fan chart per simulated indicator (history and observed status
 * points, median, 50/80/95 % bands, the target line), each with keyboard and pointer tooltips. Charts are the
 * plain renderFanChart function, drawn after Lit placed the <svg>s and only when the rows or the language change.
 *
 * Properties:
 * - `rows`: `readonly TargetRow[]` (default `[]`); rows without a fan are left out.
 * Events:
 * - `drill-down`: `CustomEvent<{ target: string; month: string }>` — "who is counted?" for a chart's target
 *   (the row id) and a month of its fan; the app opens the training view's "from a number to a person".
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { renderFanChart } from '../../charts/fan-chart.ts';
import { formatMonth } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { localized, type TargetRow } from '../../view-model/target-row.ts';
import { sharedStyles } from '../shared-styles.ts';
import { projectionStyles } from './maalbar-projection.styles.ts';

export class MaalbarProjection extends LitElement {
  static override styles = [sharedStyles, projectionStyles];
  static override properties = {
    rows: { attribute: false },
  };

  declare rows: readonly TargetRow[];

  private readonly i18n = new LocaleController(this);
  private drawn: { rows: readonly TargetRow[]; locale: Locale } | undefined;

  constructor() {
    super();
    this.rows = [];
  }

  override render() {
    const locale = this.i18n.locale;
    const withFans = this.rows.filter((row) => row.fan);
    return html`<p>${t('view.projection.intro')}</p>
      ${withFans.length === 0 ? html`<p>${t('view.projection.empty')}</p>` : nothing}
      <div class="charts">
        ${withFans.map(
          (row) =>
            html`<figure>
              <figcaption>${row.nr}. ${localized(row.indicator, locale)}</figcaption>
              <svg data-fan=${row.id}></svg>
              ${this.renderDrill(row, locale)}
            </figure>`,
        )}
      </div>`;
  }

  /** A month picker and a button that asks who is behind the number (drill-down to persons). */
  private renderDrill(row: TargetRow, locale: Locale) {
    const months = row.fan?.months ?? [];
    const last = months.at(-1) ?? '';
    return html`<form
      class="drill"
      data-drill=${row.id}
      @submit=${(event: Event) => {
        event.preventDefault();
        const month = (event.target as HTMLFormElement).elements.namedItem('month') as HTMLSelectElement;
        this.dispatchEvent(
          new CustomEvent('drill-down', {
            detail: { target: row.id, month: month.value },
            bubbles: true,
            composed: true,
          }),
        );
      }}
    >
      <label>
        ${t('training.projection.month')}
        <select name="month">
          ${months.map((month) => html`<option value=${month} ?selected=${month === last}>${formatMonth(month, locale)}</option>`)}
        </select>
      </label>
      <button type="submit">${t('training.projection.drill', { nr: row.nr })}</button>
    </form>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const locale = this.i18n.locale;
    if (this.drawn?.rows === this.rows && this.drawn.locale === locale) return;
    this.drawn = { rows: this.rows, locale };
    for (const row of this.rows) {
      const svg = this.renderRoot.querySelector<SVGSVGElement>(`svg[data-fan="${CSS.escape(row.id)}"]`);
      if (svg && row.fan) renderFanChart(svg, row.fan, { title: localized(row.indicator, locale), locale });
    }
  }
}

if (!customElements.get('maalbar-projection')) customElements.define('maalbar-projection', MaalbarProjection);

export type DrillDownEvent = CustomEvent<{ target: string; month: string }>;

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-projection': MaalbarProjection;
  }
  interface HTMLElementEventMap {
    'drill-down': DrillDownEvent;
  }
}
