/**
 * `<maalbar-training>`: the training view — tabs for the personas and the month stepper ("Personer"), the rule
 * library, "from a number to a person" (who an indicator counts in a month), the rule editor and the quiz. The
 * stepper runs the real model over a one-person cohort (stepPersona) in this thread: a path takes well under
 * 100 ms. Drill-downs run one replication of the scenario with every person stepped (countedPersons, ≈ 30 ms for
 * the Lyngby-Taarbæk cohort in Node).
 *
 * Properties:
 * - `scenario`: `ResolvedScenario | undefined` — the working scenario (default: the app's default scenario).
 * - `result`: `MonteCarloResult | undefined` — the working result (for the rule editor's baseline).
 * - `drill`: `TrainingDrill | undefined` — set to a new object to open "from a number to a person" for a target
 *   and month (the projection view's drill-down).
 * Events: none of its own; `month-change`, `person-submit`, `person-open` from its children are handled here.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { loadRuleSet } from '../../../src/rules/load-rule-set.ts';
import type { RuleSet } from '../../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { PERSONAS, type Persona } from '../../../src/training/personas.ts';
import { stepPersona, type PersonPath, type PathStart } from '../../../src/training/step-persona.ts';
import { BUNDLED_RULES } from '../../bundle/bundled-rules.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t, type StringKey } from '../../i18n/t.ts';
import { defaultWorkingState, workingScenario } from '../../state/working-state.ts';
import { sharedStyles } from '../shared-styles.ts';
import type { PersonOpenEvent } from '../maalbar-counted-persons/maalbar-counted-persons.ts';
import type { PersonSubmitEvent } from '../maalbar-person-form/maalbar-person-form.ts';
import type { MonthChangeEvent } from '../maalbar-stepper/maalbar-stepper.ts';
import '../maalbar-person-form/maalbar-person-form.ts';
import '../maalbar-rule-editor/maalbar-rule-editor.ts';
import '../maalbar-quiz/maalbar-quiz.ts';
import '../maalbar-rule-library/maalbar-rule-library.ts';
import '../maalbar-stepper/maalbar-stepper.ts';
import { DrillSection, type TrainingDrill } from './drill-section.ts';
import { trainingStyles } from './maalbar-training.styles.ts';

export type { TrainingDrill } from './drill-section.ts';

const TABS = [
  { id: 'personas', label: 'training.tab.personas' },
  { id: 'library', label: 'training.tab.library' },
  { id: 'drill', label: 'training.tab.drill' },
  { id: 'editor', label: 'training.tab.editor' },
  { id: 'quiz', label: 'training.tab.quiz' },
] as const satisfies readonly { id: string; label: StringKey }[];
type TabId = (typeof TABS)[number]['id'];

/** Who the stepper shows: a persona, a built person or a person of the simulated cohort. */
interface Stepped {
  heading: string;
  /** How to recompute the path when the seed or mode changes; undefined for a recorded cohort person. */
  start: PathStart | undefined;
  path: PersonPath;
  month: number;
}

let bundledRuleSet: RuleSet | undefined;

/** The bundled rule set, loaded once per page. */
function rulesOfBuild(): RuleSet {
  if (bundledRuleSet) return bundledRuleSet;
  const loaded = loadRuleSet(BUNDLED_RULES.files);
  if (!loaded.ruleSet) throw new Error(loaded.errors[0]?.message ?? 'The bundled rules do not load.');
  bundledRuleSet = loaded.ruleSet;
  return bundledRuleSet;
}

export class MaalbarTraining extends LitElement {
  static override styles = [sharedStyles, trainingStyles];
  static override properties = {
    scenario: { attribute: false },
    result: { attribute: false },
    drill: { attribute: false },
    tab: { state: true },
    stepped: { state: true },
    seed: { state: true },
    randomExits: { state: true },
    building: { state: true },
    error: { state: true },
  };

  declare scenario: ResolvedScenario | undefined;
  declare result: MonteCarloResult | undefined;
  declare drill: TrainingDrill | undefined;
  declare tab: TabId;
  declare stepped: Stepped | undefined;
  declare seed: number;
  declare randomExits: boolean;
  declare building: boolean;
  declare error: string | undefined;

  private readonly i18n = new LocaleController(this);
  private readonly drillSection = new DrillSection(this, {
    scenario: () => this.workingScenario(),
    ruleSet: () => rulesOfBuild(),
    onOpen: (event) => this.openCounted(event),
  });
  private fallbackScenario: ResolvedScenario | undefined;

  constructor() {
    super();
    this.scenario = undefined;
    this.result = undefined;
    this.drill = undefined;
    this.tab = 'personas';
    this.stepped = undefined;
    this.seed = 1;
    this.randomExits = false;
    this.building = false;
    this.error = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('drill') && this.drill) {
      this.tab = 'drill';
      this.drillSection.request(this.drill);
    }
  }

  override render() {
    return html`<p>${t('training.intro')}</p>
      <div class="tabs" role="tablist" aria-label=${t('training.tabs')} @keydown=${this.onTabKey}>
        ${TABS.map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${tab.id}"
              aria-controls="panel-${tab.id}"
              aria-selected=${tab.id === this.tab ? 'true' : 'false'}
              tabindex=${tab.id === this.tab ? '0' : '-1'}
              @click=${() => (this.tab = tab.id)}
            >
              ${t(tab.label)}
            </button>`,
        )}
      </div>
      <div
        class="panel"
        role="tabpanel"
        id="panel-${this.tab}"
        aria-labelledby="tab-${this.tab}"
        tabindex="0"
      >
        ${this.renderPanel()}
      </div>`;
  }

  private renderPanel() {
    switch (this.tab) {
      case 'personas':
        return this.renderPersonas();
      case 'library':
        return html`<maalbar-rule-library></maalbar-rule-library>`;
      case 'drill':
        return this.drillSection.render();
      case 'editor':
        return html`<maalbar-rule-editor
          .scenario=${this.scenario}
          .baseline=${this.result}
        ></maalbar-rule-editor>`;
      case 'quiz':
        return html`<maalbar-quiz .scenario=${this.scenario}></maalbar-quiz>`;
    }
  }

  private renderPersonas() {
    const locale = this.i18n.locale;
    return html`<h3>${t('training.personas.title')}</h3>
      <ul class="personas">
        ${PERSONAS.map(
          (persona) =>
            html`<li>
              <button
                type="button"
                class="persona"
                data-persona=${persona.id}
                aria-pressed=${this.stepped?.heading === persona.name ? 'true' : 'false'}
                @click=${() => this.openPersona(persona)}
              >
                <strong>${persona.name}</strong>
                <span>${persona.description[locale]}</span>
                <span class="exercises"
                  >${t('training.personas.exercises', { rules: persona.exercises.join(', ') })}</span
                >
              </button>
            </li>`,
        )}
        <li>
          <button
            type="button"
            class="persona"
            data-persona="build"
            aria-expanded=${this.building ? 'true' : 'false'}
            @click=${() => (this.building = !this.building)}
          >
            <strong>${t('training.personas.build')}</strong>
            <span>${t('training.personas.buildHint')}</span>
          </button>
        </li>
      </ul>
      ${this.building ? html`<maalbar-person-form @person-submit=${this.onPersonSubmit}></maalbar-person-form>` : nothing}
      <div class="options" role="group" aria-label=${t('training.options')}>
        <label>
          ${t('training.seed')}
          <input
            type="number"
            min="0"
            step="1"
            .value=${String(this.seed)}
            @change=${(event: Event) => this.setOptions(Number((event.target as HTMLInputElement).value), this.randomExits)}
          />
        </label>
        <label>
          <input
            type="checkbox"
            .checked=${this.randomExits}
            @change=${(event: Event) => this.setOptions(this.seed, (event.target as HTMLInputElement).checked)}
          />
          ${t('training.randomExits')}
        </label>
      </div>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
      ${
        this.stepped
          ? html`<maalbar-stepper
              .path=${this.stepped.path}
              .ruleSet=${rulesOfBuild()}
              .heading=${this.stepped.heading}
              .month=${this.stepped.month}
              @month-change=${this.onMonthChange}
            ></maalbar-stepper>`
          : html`<p>${t('training.personas.pick')}</p>`
      }`;
  }

  private workingScenario(): ResolvedScenario {
    if (this.scenario) return this.scenario;
    this.fallbackScenario ??= workingScenario(defaultWorkingState());
    return this.fallbackScenario;
  }

  private openPersona(persona: Persona): void {
    this.step(persona.name, { facts: persona.facts, startMonth: persona.startMonth });
  }

  private step(heading: string, start: PathStart): void {
    try {
      const path = stepPersona(start, this.workingScenario(), rulesOfBuild(), {
        seed: this.seed,
        randomExits: this.randomExits,
      });
      this.stepped = { heading, start, path, month: 0 };
      this.error = undefined;
    } catch (error) {
      this.error = t('training.stepFailed', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private setOptions(seed: number, randomExits: boolean): void {
    this.seed = Number.isInteger(seed) && seed >= 0 ? seed : 1;
    this.randomExits = randomExits;
    const stepped = this.stepped;
    if (stepped?.start) this.step(stepped.heading, stepped.start);
  }

  private readonly onMonthChange = (event: MonthChangeEvent): void => {
    if (this.stepped) this.stepped = { ...this.stepped, month: event.detail.t };
  };

  private readonly onPersonSubmit = (event: PersonSubmitEvent): void => {
    this.step(t('training.personas.built'), {
      facts: event.detail.facts,
      startMonth: event.detail.startMonth,
    });
  };

  /** Opens a person of the simulated cohort in the stepper, at the drilled month (their recorded history). */
  private openCounted(event: PersonOpenEvent): void {
    const { person } = event.detail;
    const months = person.history;
    this.stepped = {
      heading: t('training.drill.personLabel', { row: String(person.row + 1) }),
      start: undefined,
      path: { seed: this.workingScenario().seed, randomExits: true, months },
      month: Math.max(0, months.length - 1),
    };
    this.tab = 'personas';
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern). */
  private readonly onTabKey = async (event: KeyboardEvent): Promise<void> => {
    const index = TABS.findIndex((tab) => tab.id === this.tab);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.tab = TABS[next]?.id ?? this.tab;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
  };
}

if (!customElements.get('maalbar-training')) customElements.define('maalbar-training', MaalbarTraining);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-training': MaalbarTraining;
  }
}
