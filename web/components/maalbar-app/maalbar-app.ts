/**
 * `<maalbar-app>`: the app shell and composition root — header with the language switch, the views' navigation,
 * the simulation progress, the current view (target board, projection fans, compare, report; training to come)
 * beside the levers and the share link, and the scenario library ("Scenarier") below. It keeps the working
 * state (WorkingStateController: URL hash + autosave), turns it into a scenario, has the SimulationController
 * run it in the workers, and shows what comes back. It computes no model results: rows are adapted from the
 * core's result. Scenario B of the compare view runs in a second SimulationController (CompareRunner); opening
 * or importing a library scenario makes it the working state (LibrarySection).
 *
 * Properties: none to set. Read-only for tests and tools: `runInfo` (run ids, status, replications, timings).
 * Reflected attributes: `data-status` (initial/pending/complete/error), `data-run` (current run id),
 * `data-result-run` (the run the shown numbers come from), `data-used` (replications they rest on).
 * Events: none of its own; `ambition-change`, `lever-change`, `lever-reset`, `cancel`… from its children are
 * handled here.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ResolvedScenario, ScenarioOverride } from '../../../src/scenario/scenario.ts';
import { BUNDLED_RULES, fingerprint } from '../../bundle/bundled-rules.ts';
import { SimulationController, type RunTimings } from '../../controllers/simulation-controller.ts';
import { WorkingStateController } from '../../controllers/working-state-controller.ts';
import { download, exportFileName, jsonBlob } from '../../export/download.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { applyLever, leverViews, type LeverView } from '../../levers/apply-lever.ts';
import { leverCatalog } from '../../levers/lever-catalog.ts';
import type { LeverSpec } from '../../levers/lever.ts';
import { ruleParameters } from '../../levers/rule-parameters.ts';
import {
  baseScenario,
  importOverrides,
  defaultWorkingState,
  workingScenario,
  workingScenarioFile,
  type WorkingState,
} from '../../state/working-state.ts';
import { AutosaveMonitor, pageStorage } from '../../state/autosave.ts';
import { targetRows } from '../../view-model/adapt-target-rows.ts';
import type { TargetRow } from '../../view-model/target-row.ts';
import '../maalbar-language-switch/maalbar-language-switch.ts';
import '../maalbar-levers/maalbar-levers.ts';
import type { LeverChangeEvent, LeverResetEvent } from '../maalbar-levers/maalbar-levers.ts';
import type { ProgressState } from '../maalbar-progress/maalbar-progress.ts';
import '../maalbar-progress/maalbar-progress.ts';
import '../maalbar-projection/maalbar-projection.ts';
import '../maalbar-report/maalbar-report.ts';
import '../maalbar-share/maalbar-share.ts';
import '../maalbar-target-board/maalbar-target-board.ts';
import type { TrainingDrill } from '../maalbar-training/maalbar-training.ts';
import type { DrillDownEvent } from '../maalbar-projection/maalbar-projection.ts';
import type { AmbitionChangeEvent } from '../maalbar-target-board/maalbar-target-board.ts';
import { APP_VIEWS } from './app-views.ts';
import { loadLazyView } from './lazy-views.ts';
import type { CalibrationResult } from '../../../src/calibrate/calibration-types.ts';
import { CompareRunner } from './compare-runner.ts';
import { LibrarySection } from './library-section.ts';
import { todayIso } from './today-iso.ts';
import { adoptAppStyles } from './maalbar-app.styles.ts';

/** What a test or a tool may read about the runs. */
export interface RunInfo {
  runId: number;
  resultRunId: number;
  status: SimulationController['status'];
  used: number;
  total: number;
  done: number;
  timings: RunTimings | undefined;
}

export class MaalbarApp extends LitElement {
  private readonly i18n = new LocaleController(this);
  private readonly simulation = new SimulationController(this);
  /** The working state's one autosave (localStorage, see state/autosave.ts) and whether it is refused. */
  private readonly autosave = new AutosaveMonitor(pageStorage(), () => this.requestUpdate());
  private readonly working = new WorkingStateController(this, {
    onChange: (state, rerun) => {
      if (rerun) this.startRun(state);
    },
    storage: this.autosave.storage,
  });
  private readonly compareB = new CompareRunner(this);
  private readonly parameters = ruleParameters(BUNDLED_RULES.files);
  private readonly library = new LibrarySection(this, {
    state: () => this.working.state,
    onOpen: (next) => this.working.set(next),
    onError: (message) => this.simulation.fail(message),
  });
  private scenarioCache:
    { id: string; imported: ScenarioOverride[]; base: ResolvedScenario; catalog: LeverSpec[] } | undefined;
  private current: ResolvedScenario | undefined;
  /** The last drill-down from the projection view, answered in the training view. */
  private drill: TrainingDrill | undefined;
  private rowsCache: { key: unknown; locale: string; rows: TargetRow[] } | undefined;
  private leversCache: { key: unknown; base: unknown; views: LeverView[] } | undefined;

  get runInfo(): RunInfo {
    const s = this.simulation;
    return {
      runId: s.runId,
      resultRunId: s.resultRunId,
      status: s.status,
      used: s.used,
      total: s.total,
      done: s.done,
      timings: s.timings ? { ...s.timings } : undefined,
    };
  }

  protected override createRenderRoot(): HTMLElement {
    adoptAppStyles(this.ownerDocument);
    return this;
  }

  override render() {
    if (!this.working.loaded) return html`<p class="loading">${t('app.loading')}</p>`;
    const state = this.working.state;
    const view = APP_VIEWS.find((candidate) => candidate.id === state.view) ?? APP_VIEWS[0];
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
            (candidate) =>
              html`<li>
                <a
                  href=${this.working.href(candidate.id)}
                  aria-current=${candidate.id === state.view ? 'page' : 'false'}
                  >${t(candidate.label)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <main id="main">
        <maalbar-progress
          .state=${this.progressState()}
          .done=${this.simulation.done}
          .total=${this.simulation.total}
          .used=${this.simulation.used}
          @cancel=${() => this.simulation.cancel()}
        ></maalbar-progress>
        ${this.renderNotices()}
        <div class=${state.view === 'report' ? 'workspace wide' : 'workspace'}>
          <section class="view" aria-labelledby="view-title">
            <h2 id="view-title">${t(view.label)}</h2>
            ${this.renderView(state)}
          </section>
          <aside class="side" aria-labelledby="levers-title">
            <h2 id="levers-title">${t('levers.title')}</h2>
            <maalbar-levers
              .levers=${this.leverViews()}
              @lever-change=${this.onLeverChange}
              @lever-reset=${this.onLeverReset}
              @levers-reset-all=${this.onResetAll}
            ></maalbar-levers>
            <maalbar-share .href=${this.shareUrl()}></maalbar-share>
          </aside>
        </div>
        ${this.library.render()}
      </main>
      <footer>${t('app.footer')}</footer>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const info = this.runInfo;
    this.dataset['status'] = info.status;
    this.dataset['run'] = String(info.runId);
    this.dataset['resultRun'] = String(info.resultRunId);
    this.dataset['used'] = String(info.used);
  }

  private renderNotices() {
    const { crash } = this.simulation;
    const error = this.simulation.status === 'error' && !crash?.gaveUp ? this.simulation.error : undefined;
    const storage = this.autosave.problem;
    return html`${this.working.badLink ? html`<p class="notice" role="alert">${t('share.badLink')}</p>` : nothing}
    ${
      crash
        ? html`<p
            class="notice${crash.gaveUp ? ' notice-error' : ''}"
            role=${crash.gaveUp ? 'alert' : 'status'}
          >
            ${crash.gaveUp ? t('robust.worker.gaveUp', { crashes: formatNumber(crash.crashes, this.i18n.locale, 0) }) : t('robust.worker.restarted')}
          </p>`
        : nothing
    }
    ${
      storage
        ? html`<div class="notice" role="status">
            <p>${t(`robust.autosave.${storage}`)}</p>
            <button type="button" @click=${this.exportWorking}>${t('robust.autosave.export')}</button>
          </div>`
        : nothing
    }
    ${
      error
        ? html`<div class="notice notice-error" role="alert">
            <p>${t('app.error', { message: error.message })}</p>
            <button type="button" @click=${this.onResetAll}>${t('app.resetState')}</button>
          </div>`
        : nothing
    }`;
  }

  private renderView(state: WorkingState) {
    const rows = this.rows();
    const stale = this.simulation.resultRunId !== this.simulation.runId;
    if (state.view === 'board') {
      return html`${this.renderBasis(stale)}
        <maalbar-target-board
          .rows=${rows}
          .ambition=${state.ambition}
          .stale=${stale}
          @ambition-change=${this.onAmbitionChange}
        ></maalbar-target-board>`;
    }
    if (state.view === 'projection') {
      return html`<maalbar-projection .rows=${rows} @drill-down=${this.onDrillDown}></maalbar-projection>`;
    }
    if (state.view === 'compare') {
      const result = this.simulation.result;
      const working = result && this.current ? { result, scenario: this.current } : undefined;
      return this.compareB.render({
        working,
        saved: this.library.saved,
        ambition: state.ambition,
        locale: this.i18n.locale,
      });
    }
    if (state.view === 'report') {
      return html`${this.renderBasis(stale)}
        <maalbar-report
          .result=${this.simulation.result}
          .scenario=${this.current}
          ambition=${state.ambition}
          date=${todayIso()}
        ></maalbar-report>`;
    }
    if (state.view === 'data') {
      loadLazyView('data', this.onLazyViewLoaded);
      return html`<maalbar-data .scenario=${this.current} @calibrated=${this.onCalibrated}></maalbar-data>`;
    }
    if (state.view === 'training') {
      loadLazyView('training', this.onLazyViewLoaded);
      return html`<maalbar-training
        .scenario=${this.current}
        .result=${this.simulation.result}
        .drill=${this.drill}
      ></maalbar-training>`;
    }
    const label = APP_VIEWS.find((candidate) => candidate.id === state.view)?.label ?? 'nav.board';
    return html`<p>${t('view.comingSoon', { view: t(label) })}</p>`;
  }

  private renderBasis(stale: boolean) {
    const { used, total } = this.simulation;
    if (used === 0) return nothing;
    const locale = this.i18n.locale;
    return html`<p class="basis">
      ${
        stale
          ? t('board.basisStale')
          : t('board.basis', { used: formatNumber(used, locale, 0), total: formatNumber(total, locale, 0) })
      }
    </p>`;
  }

  private progressState(): ProgressState {
    const s = this.simulation;
    if (s.status === 'pending') return 'running';
    if (s.status === 'error') return 'error';
    if (s.status === 'complete') return s.cancelled ? 'cancelled' : 'done';
    return 'idle';
  }

  /** The board's rows for the shown result, adapted once per result and language. */
  private rows(): TargetRow[] {
    const result = this.simulation.result;
    if (!result) return [];
    const locale = this.i18n.locale;
    if (this.rowsCache?.key !== result || this.rowsCache.locale !== locale) {
      this.rowsCache = { key: result, locale, rows: targetRows(result, locale) };
    }
    return this.rowsCache.rows;
  }

  /** The levers' base scenario and catalog, rebuilt when the bundled scenario or the imported fields change. */
  private scenarioData(state: WorkingState): { base: ResolvedScenario; catalog: LeverSpec[] } {
    const imported = importOverrides(state);
    const cache = this.scenarioCache;
    if (
      cache?.id === state.scenario &&
      cache.imported.length === imported.length &&
      cache.imported.every((o, i) => o.path === imported[i]?.path && o.value === imported[i]?.value)
    ) {
      return cache;
    }
    const base = baseScenario(state);
    const fresh = { id: state.scenario, imported, base, catalog: leverCatalog(base, this.parameters) };
    this.scenarioCache = fresh;
    return fresh;
  }

  /** The levers' values, recomputed only when the working scenario changes (not on every progress tick). */
  private leverViews(): LeverView[] {
    const { base, catalog } = this.scenarioData(this.working.state);
    let cache = this.leversCache;
    if (!cache || cache.key !== this.current || cache.base !== base) {
      cache = { key: this.current, base, views: leverViews(catalog, base, this.current) };
      this.leversCache = cache;
    }
    return cache.views;
  }

  private shareUrl(): string {
    return new URL(this.working.href(), window.location.href).href;
  }

  /** Resolves the working scenario and starts its simulation (the controller cancels the run before). */
  private startRun(state: WorkingState): void {
    try {
      this.current = workingScenario(state);
    } catch (error) {
      this.current = undefined;
      this.simulation.fail(error instanceof Error ? error.message : String(error));
      return;
    }
    const scenario = this.current;
    void this.simulation.run({
      scenario,
      scenarioKey: fingerprint(JSON.stringify(scenario)),
      rules: BUNDLED_RULES,
    });
  }

  private readonly onLeverChange = (event: LeverChangeEvent): void => {
    const state = this.working.state;
    const { base, catalog } = this.scenarioData(state);
    const spec = catalog.find((candidate) => candidate.id === event.detail.id);
    if (!spec) return;
    performance.mark('maalbar:lever-change', { detail: { id: spec.id, value: event.detail.value } });
    this.working.set(applyLever(state, spec, event.detail.value, base, this.current));
  };

  private readonly onLeverReset = (event: LeverResetEvent): void => {
    const state = this.working.state;
    const { base, catalog } = this.scenarioData(state);
    const spec = catalog.find((candidate) => candidate.id === event.detail.id);
    if (spec) this.working.set(applyLever(state, spec, spec.read(base), base, this.current));
  };

  private readonly onResetAll = (): void => {
    const state = this.working.state;
    this.working.set({
      ...defaultWorkingState(),
      scenario: state.scenario,
      ambition: state.ambition,
      view: state.view,
    });
  };

  /** Downloads the working scenario as JSON (offered when the autosave cannot write). */
  private readonly exportWorking = (): void => {
    const file = workingScenarioFile(this.working.state);
    download(
      jsonBlob(`${JSON.stringify(file, null, 2)}\n`),
      exportFileName(file.id, 'json'),
      this.ownerDocument,
    );
  };

  /** A lazily loaded view failed to load (e.g. offline before it was ever cached): say so instead of a blank. */
  private readonly onLazyViewLoaded = (error: unknown): void => {
    if (error) this.simulation.fail(error instanceof Error ? error.message : String(error));
  };

  /**
   * The Data view calibrated the working scenario: adopt the calibrated Quantities as overrides over the working
   * state (the calibration ran on it, levers included), so the board re-simulates with them and the lever panel
   * and the share link carry them. A calibration of another scenario opens as that scenario.
   */
  private readonly onCalibrated = (event: CustomEvent<{ result: CalibrationResult }>): void => {
    const file = event.detail.result.scenario;
    const state = this.working.state;
    // Calibration writes Quantities (always a value); the note stays in the file, not in the state.
    const calibrated = (file.overrides ?? []).flatMap(({ path, value }) =>
      value === undefined ? [] : [{ path, value }],
    );
    if (file.extends !== this.current?.id) {
      this.library.openScenario(file);
      return;
    }
    const kept = state.overrides.filter((override) => !calibrated.some((c) => c.path === override.path));
    this.working.set({ ...state, overrides: [...kept, ...calibrated] });
  };

  /** "Who is counted?" on a projection chart: open the training view's "from a number to a person". */
  private readonly onDrillDown = (event: DrillDownEvent): void => {
    this.drill = { ...event.detail };
    this.working.set({ ...this.working.state, view: 'training' });
  };

  private readonly onAmbitionChange = (event: AmbitionChangeEvent): void => {
    this.working.set({ ...this.working.state, ambition: event.detail.ambition });
  };
}

if (!customElements.get('maalbar-app')) customElements.define('maalbar-app', MaalbarApp);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-app': MaalbarApp;
  }
}
