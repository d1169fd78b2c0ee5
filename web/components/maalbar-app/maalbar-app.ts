/**
 * `<maalbar-app>`: the app shell — header with the product name and the language switch, the views' navigation,
 * the simulation progress, and the current view (target board; projection fans; the other views to come).
 * Renders into the light DOM so its header/nav/main landmarks and headings belong to the page.
 *
 * Properties (all set as properties):
 * - `rows`: `readonly TargetRow[]` for the board and the projection view (default `[]`).
 * - `demo`: show the "demo data until the simulation is connected" notice (default false).
 * - `progressState`, `progressDone`, `progressTotal`: passed to `<maalbar-progress>`.
 * Events: re-emits nothing itself; `ambition-change`, `locale-change` and `cancel` bubble up from its children.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { renderFanChart } from '../../charts/fan-chart.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { localized, type TargetRow } from '../../view-model/target-row.ts';
import '../maalbar-language-switch/maalbar-language-switch.ts';
import type { ProgressState } from '../maalbar-progress/maalbar-progress.ts';
import '../maalbar-progress/maalbar-progress.ts';
import '../maalbar-target-board/maalbar-target-board.ts';
import { APP_VIEWS, viewFromHash, type AppView } from './app-views.ts';
import { appStyles } from './maalbar-app.styles.ts';

let stylesAdopted = false;

/** Adds the shell's styles to the document once (light DOM elements cannot use `static styles`). */
function adoptAppStyles(document: Document): void {
  if (stylesAdopted) return;
  stylesAdopted = true;
  const sheet = appStyles.styleSheet;
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  else
    document.head.append(Object.assign(document.createElement('style'), { textContent: appStyles.cssText }));
}

export class MaalbarApp extends LitElement {
  static override properties = {
    rows: { attribute: false },
    demo: { type: Boolean },
    progressState: { attribute: false },
    progressDone: { attribute: false },
    progressTotal: { attribute: false },
    view: { state: true },
  };

  declare rows: readonly TargetRow[];
  declare demo: boolean;
  declare progressState: ProgressState;
  declare progressDone: number;
  declare progressTotal: number;
  /** The view shown, from the location hash. */
  declare view: AppView;

  private readonly i18n = new LocaleController(this);
  private readonly onHashChange = (): void => {
    this.view = viewFromHash(window.location.hash);
  };

  constructor() {
    super();
    this.rows = [];
    this.demo = false;
    this.progressState = 'idle';
    this.progressDone = 0;
    this.progressTotal = 0;
    this.view = 'board';
  }

  protected override createRenderRoot(): HTMLElement {
    adoptAppStyles(this.ownerDocument);
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.view = viewFromHash(window.location.hash);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  override render() {
    const current = APP_VIEWS.find((view) => view.id === this.view) ?? APP_VIEWS[0];
    return html`
      <header class="app-header">
        <div>
          <h1>${t('app.name')}</h1>
          <p class="tagline">${t('app.tagline')}</p>
        </div>
        <maalbar-language-switch></maalbar-language-switch>
      </header>
      <nav aria-label=${t('nav.label')}>
        <ul>
          ${APP_VIEWS.map(
            (view) =>
              html`<li>
                <a href="#/${view.slug}" aria-current=${view.id === this.view ? 'page' : 'false'}
                  >${t(view.label)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <main id="main">
        ${this.demo ? html`<p class="demo-notice" role="note">${t('app.demoNotice')}</p>` : null}
        <maalbar-progress
          .state=${this.progressState}
          .done=${this.progressDone}
          .total=${this.progressTotal}
        ></maalbar-progress>
        <section aria-labelledby="view-title">
          <h2 id="view-title">${t(current.label)}</h2>
          ${this.renderView()}
        </section>
      </main>
      <footer>${t('app.footer')}</footer>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.view !== 'projection') return;
    const locale = this.i18n.locale;
    for (const row of this.rows) {
      const svg = this.querySelector<SVGSVGElement>(`svg[data-fan="${CSS.escape(row.id)}"]`);
      if (svg && row.fan) renderFanChart(svg, row.fan, { title: localized(row.indicator, locale), locale });
    }
  }

  private renderView() {
    const locale = this.i18n.locale;
    if (this.view === 'board') return html`<maalbar-target-board .rows=${this.rows}></maalbar-target-board>`;
    if (this.view === 'projection') {
      return html`<p>${t('view.projection.intro')}</p>
        <div class="charts">
          ${this.rows
            .filter((row) => row.fan)
            .map(
              (row) =>
                html`<figure>
                  <figcaption>${row.nr}. ${localized(row.indicator, locale)}</figcaption>
                  <svg data-fan=${row.id}></svg>
                </figure>`,
            )}
        </div>`;
    }
    const label = APP_VIEWS.find((view) => view.id === this.view)?.label ?? 'nav.board';
    return html`<p>${t('view.comingSoon', { view: t(label) })}</p>`;
  }
}

if (!customElements.get('maalbar-app')) customElements.define('maalbar-app', MaalbarApp);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-app': MaalbarApp;
  }
}
