/**
 * The compare view's host side: A is the working scenario's run; B is the scenario the user picks among the
 * working, bundled and saved ones, resolved and run in a second SimulationController (its own worker pool, so
 * the working scenario's run is not disturbed) and handed to `<maalbar-compare>` once results come back.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { BUNDLED_RULES, fingerprint } from '../../bundle/bundled-rules.ts';
import { SimulationController } from '../../controllers/simulation-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { SavedScenario } from '../../storage/scenario-store.ts';
import '../maalbar-compare/maalbar-compare.ts';
import type { CompareChoice, CompareSelectEvent, CompareSide } from '../maalbar-compare/maalbar-compare.ts';
import { compareChoices, resolveChoice, WORKING_CHOICE } from './scenario-choices.ts';

/** What the view needs from the app each render. */
export interface CompareContext {
  /** The working scenario's run (A), undefined before its first result. */
  working: { result: MonteCarloResult; scenario: ResolvedScenario } | undefined;
  saved: readonly SavedScenario[];
  ambition: number;
  locale: Locale;
}

export class CompareRunner {
  /** The choice id of B ("" before any pick). */
  selected = '';
  readonly simulation: SimulationController;
  private chosen: { label: string; scenario: ResolvedScenario; runId: number } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    this.simulation = new SimulationController(host);
  }

  /** The pickers' scenarios: the working one, the bundled ones and the saved ones. */
  choices(context: CompareContext): CompareChoice[] {
    return [
      { id: WORKING_CHOICE, label: t('compare.working') },
      ...compareChoices(context.saved, context.locale),
    ];
  }

  /** The compare view: B's status, then `<maalbar-compare>` with A and B. */
  render(context: CompareContext) {
    const b = this.simulation;
    const error = b.status === 'error' ? b.error : undefined;
    const side = this.side();
    const a = context.working ? { label: t('compare.working'), ...context.working } : undefined;
    return html`${
        error
          ? html`<p class="notice notice-error" role="alert">
              ${t('compare.failed', { message: error.message })}
            </p>`
          : nothing
      }
      ${b.status === 'pending' && !side ? html`<p role="status">${t('compare.running')}</p>` : nothing}
      <maalbar-compare
        .a=${a}
        .b=${side}
        ambition=${context.ambition}
        .choices=${this.choices(context)}
        selected-a=${WORKING_CHOICE}
        selected-b=${this.selected}
        @compare-select=${(event: CompareSelectEvent) => this.onSelect(event, context)}
      ></maalbar-compare>`;
  }

  /**
   * Runs the choice `id` (shown as `label`); `resolve` gives its resolved scenario (undefined: nothing to run)
   * and may throw resolveScenario's located errors, which show as the controller's error.
   */
  select(id: string, label: string, resolve: () => ResolvedScenario | undefined): void {
    this.selected = id;
    this.chosen = undefined;
    let scenario: ResolvedScenario | undefined;
    try {
      scenario = resolve();
    } catch (error) {
      this.simulation.fail(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!scenario) {
      this.simulation.cancel();
      return;
    }
    void this.simulation.run({
      scenario,
      scenarioKey: fingerprint(JSON.stringify(scenario)),
      rules: BUNDLED_RULES,
    });
    // run() numbers the run before its first await, so runId is already this run's.
    this.chosen = { label, scenario, runId: this.simulation.runId };
  }

  /** B with its latest result, once the chosen scenario's run has answered. */
  side(): CompareSide | undefined {
    const { chosen, simulation } = this;
    if (!chosen || !simulation.result || simulation.resultRunId !== chosen.runId) return undefined;
    return { label: chosen.label, result: simulation.result, scenario: chosen.scenario };
  }

  private onSelect(event: CompareSelectEvent, context: CompareContext): void {
    const { side, id } = event.detail;
    // A is always the working scenario (one extra pool is enough): a pick for A goes back to it.
    if (side === 'a') {
      const compare = event.currentTarget;
      if (compare instanceof HTMLElement && 'selectedA' in compare) compare.selectedA = WORKING_CHOICE;
      return;
    }
    const label = this.choices(context).find((choice) => choice.id === id)?.label ?? id;
    const working = context.working?.scenario;
    this.select(id, label, () => (id === WORKING_CHOICE ? working : resolveChoice(id, context.saved)));
    this.host.requestUpdate();
  }
}
