/**
 * The "from a number to a person" tab of the training view: pick a target's indicator and a month (or arrive
 * from a projection chart's drill-down), and see a sample of the persons counted and of those who just stopped
 * being counted, in replication 1 of the working scenario (countedPersons). The prepared model is kept per
 * scenario, so a second question costs one replication.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { RuleSet } from '../../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import { prepareModel, type PreparedModel } from '../../../src/sim/prepare-model.ts';
import { countedPersons, type CountedPersons } from '../../../src/training/counted-persons.ts';
import { formatMonth } from '../../i18n/format.ts';
import { getLocale } from '../../i18n/locale-store.ts';
import { t } from '../../i18n/t.ts';
import type { PersonOpenEvent } from '../maalbar-counted-persons/maalbar-counted-persons.ts';
import '../maalbar-counted-persons/maalbar-counted-persons.ts';

/** A drill-down request: the target (its id in the scenario, e.g. "5") and the month ("YYYY-MM"). */
export interface TrainingDrill {
  target: string;
  month: string;
}

/** Persons in each sample. */
const SAMPLE_SIZE = 8;

export interface DrillSectionOptions {
  scenario: () => ResolvedScenario;
  ruleSet: () => RuleSet;
  onOpen: (event: PersonOpenEvent) => void;
}

export class DrillSection implements ReactiveController {
  private model: { scenario: ResolvedScenario; model: PreparedModel } | undefined;
  private target = '';
  private month = '';
  private result: CountedPersons | undefined;
  private error: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DrillSectionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Answers a drill-down (from the projection view) at once. */
  request(drill: TrainingDrill): void {
    this.target = drill.target;
    this.month = drill.month;
    this.run();
  }

  render() {
    const locale = getLocale();
    const scenario = this.options.scenario();
    const targets = scenario.targets.filter(
      (target) => target.indicator !== null && target.simulated !== false,
    );
    const model = this.prepared();
    const target = this.target || targets[0]?.id || '';
    const month = this.month || model.monthLabels.at(-1) || '';
    const chosen = targets.find(
      (candidate) =>
        candidate.id === this.result?.indicator || candidate.indicator === this.result?.indicator,
    );
    return html`<h3>${t('training.drill.title')}</h3>
      <p>${t('training.drill.intro')}</p>
      <form
        class="drill"
        @submit=${(event: Event) => {
          event.preventDefault();
          const form = event.target as HTMLFormElement;
          this.target = (form.elements.namedItem('target') as HTMLSelectElement).value;
          this.month = (form.elements.namedItem('month') as HTMLSelectElement).value;
          this.run();
        }}
      >
        <label>
          ${t('training.drill.target')}
          <select name="target">
            ${targets.map(
              (candidate) =>
                html`<option value=${candidate.id} ?selected=${candidate.id === target}>
                  ${candidate.id}. ${candidate.title[locale]}
                </option>`,
            )}
          </select>
        </label>
        <label>
          ${t('training.drill.month')}
          <select name="month">
            ${model.monthLabels.map(
              (label) =>
                html`<option value=${label} ?selected=${label === month}>
                  ${formatMonth(label, locale)}
                </option>`,
            )}
          </select>
        </label>
        <button type="submit">${t('training.drill.show')}</button>
      </form>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
      <maalbar-counted-persons
        .result=${this.result}
        .indicatorTitle=${chosen ? chosen.title[locale] : (this.result?.indicator ?? '')}
        @person-open=${this.options.onOpen}
      ></maalbar-counted-persons>`;
  }

  private prepared(): PreparedModel {
    const scenario = this.options.scenario();
    if (this.model?.scenario !== scenario) {
      this.model = { scenario, model: prepareModel(scenario, this.options.ruleSet()) };
      this.result = undefined;
    }
    return this.model.model;
  }

  private run(): void {
    try {
      const scenario = this.options.scenario();
      const model = this.prepared();
      const target = scenario.targets.find((candidate) => candidate.id === this.target);
      if (!target?.indicator) throw new Error(t('training.drill.noIndicator', { target: this.target }));
      const index = model.monthLabels.indexOf(this.month);
      if (index < 0) throw new Error(t('training.drill.noMonth', { month: this.month }));
      this.result = countedPersons(model, {
        indicator: target.indicator,
        t: index,
        replication: 0,
        k: SAMPLE_SIZE,
      });
      this.error = undefined;
    } catch (error) {
      this.result = undefined;
      this.error = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }
}
