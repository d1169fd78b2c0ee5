/**
 * The rule editor's sandbox: the working scenario run again with the edited rule set in a SimulationController
 * of its own (its own worker pool, so the app's run is not disturbed), and the section that offers apply, reset
 * and export and shows P(reach) per target before (the app's result) and after (this run).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { fingerprint, type RuleBundle } from '../../bundle/bundled-rules.ts';
import { SimulationController } from '../../controllers/simulation-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { renderEffect } from './rule-editor-sections.ts';

/** What the section shows and calls back. */
export interface SandboxView {
  /** The text differs from the original (reset is possible). */
  edited: boolean;
  /** The edited rule set is valid (apply is possible with a scenario). */
  valid: boolean;
  /** The text as it is now (to say when the last apply is out of date). */
  text: string;
  scenario: ResolvedScenario | undefined;
  baseline: MonteCarloResult | undefined;
  locale: Locale;
  onApply: () => void;
  onReset: () => void;
  onExport: () => void;
}

export class RuleSandbox {
  readonly simulation: SimulationController;
  /** The run of the last apply, and the text it applied. */
  private applied: { runId: number; text: string } | undefined;

  constructor(host: ReactiveControllerHost) {
    this.simulation = new SimulationController(host);
  }

  /** Runs `scenario` with the edited `rules` (whose `text` is the edit), aborting any run before. */
  apply(scenario: ResolvedScenario, rules: RuleBundle, text: string): void {
    // The rules' key is part of the scenario key, so that the workers prepare the model again with the new rules.
    void this.simulation.run({
      scenario,
      scenarioKey: `${fingerprint(JSON.stringify(scenario))}-${rules.key}`,
      rules,
    });
    this.applied = { runId: this.simulation.runId, text };
  }

  /** Stops the run and forgets its result (reset, or another rule opened). */
  clear(): void {
    if (this.simulation.status === 'pending') this.simulation.cancel();
    this.applied = undefined;
  }

  render(view: SandboxView): TemplateResult {
    const run = this.simulation;
    const applied = this.applied;
    const result = applied && run.resultRunId === applied.runId ? run.result : undefined;
    return html`<section class="sandbox" aria-labelledby="sandbox-heading">
      <h3 id="sandbox-heading">${t('editor.sandbox.heading')}</h3>
      <p class="muted">${t('editor.sandbox.intro')}</p>
      <div class="buttons">
        <button type="button" id="apply" ?disabled=${!view.valid || !view.scenario} @click=${view.onApply}>
          ${t('editor.sandbox.apply')}
        </button>
        <button type="button" id="reset" ?disabled=${!view.edited && !applied} @click=${view.onReset}>
          ${t('editor.reset')}
        </button>
        <button type="button" id="export" @click=${view.onExport}>${t('editor.export')}</button>
      </div>
      ${!view.scenario ? html`<p class="muted">${t('editor.sandbox.noScenario')}</p>` : nothing}
      ${view.scenario && !view.valid ? html`<p class="muted">${t('editor.sandbox.fixFirst')}</p>` : nothing}
      ${applied && applied.text !== view.text ? html`<p class="notice">${t('editor.sandbox.stale')}</p>` : nothing}
      ${
        run.status === 'error' && run.error && applied
          ? html`<p class="notice notice-error" role="alert">
              ${t('editor.sandbox.failed', { message: run.error.message })}
            </p>`
          : nothing
      }
      <p role="status" class="progress">
        ${
          applied && run.status === 'pending'
            ? t('editor.sandbox.running', { done: run.done, total: run.total })
            : nothing
        }
      </p>
      ${result ? renderEffect(view.baseline, result, run.used, run.total, view.locale) : nothing}
    </section>`;
  }
}
