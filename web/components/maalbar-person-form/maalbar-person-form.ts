/**
 * `<maalbar-person-form>`: build a person over the fact vocabulary — one labelled field per fact (a number field
 * within the fact's range, a checkbox, or a list of the allowed values) and the start month. Checked per field
 * with the validator's own messages (factValueProblem); errors are listed by the fields and in a summary that
 * takes the focus, and nothing is sent until every field is valid.
 *
 * Properties:
 * - `initial`: `Readonly<PersonFacts>` — the values the form starts from (default DEFAULT_PERSON).
 * - `startMonth`: `string` — "YYYY-MM" (default "2016-01").
 * Events:
 * - `person-submit`: `CustomEvent<{ facts: PersonFacts; startMonth: string }>` on a valid submit.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { DEFAULT_PERSON } from '../../../src/rules/default-person.ts';
import {
  FACT_NAMES,
  FACTS,
  type FactName,
  type FactValue,
  type PersonFacts,
} from '../../../src/rules/facts.ts';
import { factValueProblem } from '../../../src/rules/validate-rule-file.ts';
import { isMonth } from '../../../src/time/month.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';
import { unitWord } from '../maalbar-explain-tree/maalbar-explain-tree.ts';
import { personFormStyles } from './maalbar-person-form.styles.ts';

export type PersonSubmitEvent = CustomEvent<{ facts: PersonFacts; startMonth: string }>;

/** The raw field values as typed (numbers stay text until checked). */
type Draft = Record<FactName, string | boolean>;

export class MaalbarPersonForm extends LitElement {
  static override styles = [sharedStyles, personFormStyles];
  static override properties = {
    initial: { attribute: false },
    startMonth: { type: String },
    draft: { state: true },
    month: { state: true },
    errors: { state: true },
  };

  declare initial: Readonly<PersonFacts>;
  declare startMonth: string;
  declare draft: Draft;
  declare month: string;
  declare errors: ReadonlyMap<string, string>;

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.initial = DEFAULT_PERSON;
    this.startMonth = '2016-01';
    this.draft = toDraft(DEFAULT_PERSON);
    this.month = this.startMonth;
    this.errors = new Map();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initial')) this.draft = toDraft(this.initial);
    if (changed.has('startMonth')) this.month = this.startMonth;
  }

  override render() {
    const locale = this.i18n.locale;
    const errors = [...this.errors];
    return html`<form novalidate @submit=${this.onSubmit} aria-labelledby="form-title">
      <h3 id="form-title">${t('training.form.title')}</h3>
      <p>${t('training.form.intro')}</p>
      ${
        errors.length > 0
          ? html`<div class="summary" role="alert" tabindex="-1">
              <p>${t('training.form.errors', { count: String(errors.length) })}</p>
              <ul>
                ${errors.map(([field, message]) => html`<li><a href="#field-${field}" @click=${this.focusField(field)}>${message}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
      <div class="fields">
        <div class="field">
          <label for="field-startMonth">${t('training.form.startMonth')}</label>
          <input
            id="field-startMonth"
            name="startMonth"
            inputmode="numeric"
            placeholder="2016-01"
            .value=${this.month}
            aria-invalid=${this.errors.has('startMonth') ? 'true' : 'false'}
            aria-describedby="error-startMonth"
            @input=${(event: Event) => (this.month = (event.target as HTMLInputElement).value)}
          />
          <span class="error" id="error-startMonth">${this.errors.get('startMonth') ?? ''}</span>
        </div>
        ${FACT_NAMES.map((name) => {
          const fact = FACTS[name];
          const value = this.draft[name];
          const error = this.errors.get(name);
          const common = {
            id: `field-${name}`,
            invalid: error ? 'true' : 'false',
            describedby: `hint-${name} error-${name}`,
          };
          let control;
          if (fact.kind === 'boolean') {
            control = html`<input
              type="checkbox"
              id=${common.id}
              name=${name}
              .checked=${value === true}
              aria-describedby=${common.describedby}
              @change=${(event: Event) => this.set(name, (event.target as HTMLInputElement).checked)}
            />`;
          } else if (fact.kind === 'category') {
            control = html`<select
              id=${common.id}
              name=${name}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedby}
              @change=${(event: Event) => this.set(name, (event.target as HTMLSelectElement).value)}
            >
              ${fact.values.map((option) => html`<option value=${option} ?selected=${option === value}>${option}</option>`)}
            </select>`;
          } else {
            control = html`<input
              type="number"
              id=${common.id}
              name=${name}
              min=${fact.min}
              max=${fact.max}
              step="1"
              .value=${String(value)}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedby}
              @input=${(event: Event) => this.set(name, (event.target as HTMLInputElement).value)}
            />`;
          }
          return html`<div class="field ${fact.kind}">
            <label for=${common.id}>${fact.label[locale]}</label>
            ${control}
            <span class="hint" id="hint-${name}"
              >${
                fact.kind === 'integer'
                  ? t('training.form.range', {
                      min: String(fact.min),
                      max: String(fact.max),
                      unit: unitWord(fact.unit),
                    })
                  : fact.description[locale]
              }</span
            >
            <span class="error" id="error-${name}">${error ?? ''}</span>
          </div>`;
        })}
      </div>
      <button type="submit">${t('training.form.submit')}</button>
    </form>`;
  }

  private set(name: FactName, value: string | boolean): void {
    this.draft = { ...this.draft, [name]: value };
  }

  private focusField(field: string) {
    return (event: Event): void => {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>(`#field-${field}`)?.focus();
    };
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const locale = this.i18n.locale;
    const errors = new Map<string, string>();
    if (!isMonth(this.month.trim())) errors.set('startMonth', t('training.form.badMonth'));
    const facts: Partial<Record<FactName, FactValue>> = {};
    for (const name of FACT_NAMES) {
      const raw = this.draft[name];
      const value: FactValue =
        FACTS[name].kind === 'integer' && typeof raw === 'string'
          ? raw.trim() === ''
            ? NaN
            : Number(raw)
          : raw;
      const problem = factValueProblem(name, value);
      if (problem)
        errors.set(name, problem.message[locale] + (problem.hint ? ` ${problem.hint[locale]}` : ''));
      facts[name] = value;
    }
    this.errors = errors;
    if (errors.size > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    this.dispatchEvent(
      new CustomEvent('person-submit', {
        detail: { facts: facts as PersonFacts, startMonth: this.month.trim() },
        bubbles: true,
        composed: true,
      }),
    );
  };
}

function toDraft(person: Readonly<PersonFacts>): Draft {
  return Object.fromEntries(
    FACT_NAMES.map((name) => {
      const value = person[name];
      return [name, typeof value === 'boolean' ? value : String(value)] as const;
    }),
  ) as Draft;
}

if (!customElements.get('maalbar-person-form'))
  customElements.define('maalbar-person-form', MaalbarPersonForm);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-person-form': MaalbarPersonForm;
  }
  interface HTMLElementEventMap {
    'person-submit': PersonSubmitEvent;
  }
}
