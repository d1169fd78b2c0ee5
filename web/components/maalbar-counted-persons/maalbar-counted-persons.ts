/**
 * `<maalbar-counted-persons>`: who is behind a number — a sample of the persons an indicator counts in a month of
 * one replication, and of those counted the month before but not any more (src/training/counted-persons.ts), each
 * with their ydelse, age and time on support, and a button that opens the person in the stepper.
 *
 * Properties:
 * - `result`: `CountedPersons | undefined`.
 * - `indicatorTitle`: `string` — the indicator as the plan words it.
 * Events:
 * - `person-open`: `CustomEvent<{ person: CountedPerson; stopped: boolean }>` when a person is opened.
 */
import { html, LitElement, nothing } from 'lit';
import type { CountedPerson, CountedPersons } from '../../../src/training/counted-persons.ts';
import { FACTS } from '../../../src/rules/facts.ts';
import { formatMonth, formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { countedPersonsStyles } from './maalbar-counted-persons.styles.ts';

export type PersonOpenEvent = CustomEvent<{ person: CountedPerson; stopped: boolean }>;

export class MaalbarCountedPersons extends LitElement {
  static override styles = [sharedStyles, tableStyles, countedPersonsStyles];
  static override properties = {
    result: { attribute: false },
    indicatorTitle: { type: String },
  };

  declare result: CountedPersons | undefined;
  declare indicatorTitle: string;

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.result = undefined;
    this.indicatorTitle = '';
  }

  override render() {
    const result = this.result;
    if (!result) return nothing;
    const locale = this.i18n.locale;
    const month = formatMonth(result.month, locale, 'long');
    return html`<p class="summary" aria-live="polite">
        ${t('training.drill.summary', {
          indicator: this.indicatorTitle,
          month,
          counted: formatNumber(result.countedTotal, locale, 0),
          stopped: formatNumber(result.stoppedTotal, locale, 0),
          replication: String(result.replication + 1),
        })}
      </p>
      ${this.renderTable(result.counted, false, t('training.drill.counted', { month }), locale)}
      ${this.renderTable(result.stopped, true, t('training.drill.stopped', { month }), locale)}`;
  }

  private renderTable(persons: readonly CountedPerson[], stopped: boolean, caption: string, locale: Locale) {
    return html`<div class="table-wrap">
      <table data-list=${stopped ? 'stopped' : 'counted'}>
        <caption>
          ${caption}
        </caption>
        ${
          persons.length === 0
            ? html`<tbody>
                <tr>
                  <td>${t('training.drill.none')}</td>
                </tr>
              </tbody>`
            : html`<thead>
                  <tr>
                    <th scope="col">${t('training.drill.col.person')}</th>
                    <th scope="col">${FACTS.age.label[locale]}</th>
                    <th scope="col">${FACTS.ydelse.label[locale]}</th>
                    <th scope="col">${FACTS.monthsOnSupport.label[locale]}</th>
                    <th scope="col">${FACTS.weeksUnemployedLast52.label[locale]}</th>
                    <th scope="col"><span class="visually-hidden">${t('training.drill.col.open')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${persons.map((person) => {
                    const last = person.history.at(-1)?.facts;
                    const label = t('training.drill.personLabel', { row: String(person.row + 1) });
                    return html`<tr>
                      <th scope="row">${label}</th>
                      <td>${last ? formatNumber(Number(last.age), locale, 0) : '—'}</td>
                      <td>${last ? String(last.ydelse) : '—'}</td>
                      <td>${last ? formatNumber(Number(last.monthsOnSupport), locale, 0) : '—'}</td>
                      <td>${last ? formatNumber(Number(last.weeksUnemployedLast52), locale, 0) : '—'}</td>
                      <td>
                        <button
                          type="button"
                          data-open=${person.row}
                          @click=${() => this.open(person, stopped)}
                        >
                          ${t('training.drill.open')}<span class="visually-hidden"> (${label})</span>
                        </button>
                      </td>
                    </tr>`;
                  })}
                </tbody>`
        }
      </table>
    </div>`;
  }

  private open(person: CountedPerson, stopped: boolean): void {
    this.dispatchEvent(
      new CustomEvent('person-open', { detail: { person, stopped }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('maalbar-counted-persons')) {
  customElements.define('maalbar-counted-persons', MaalbarCountedPersons);
}

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-counted-persons': MaalbarCountedPersons;
  }
  interface HTMLElementEventMap {
    'person-open': PersonOpenEvent;
  }
}
