/**
 * `<maalbar-rule-library>`: every rule file, grouped as indicators, reforms and shared conditions — each with
 * its Danish (or English) title and description, sources (plain links: nothing is fetched), effective dates,
 * event, parameters with units and sources, and its named test cases (facts and what is expected). A filter
 * narrows the list by name, title or description.
 *
 * Properties:
 * - `files`: `readonly RuleSetSource[]` — the rule files as text (default: the bundled rules of this build).
 * Events: none.
 */
import { html, LitElement, nothing } from 'lit';
import type { RuleSetSource } from '../../../src/rules/load-rule-set.ts';
import type { ConditionFile, RuleFile } from '../../../src/rules/rule-file.ts';
import { BUNDLED_RULES } from '../../bundle/bundled-rules.ts';
import { formatMonth } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t, type StringKey } from '../../i18n/t.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { libraryEntries, type LibraryEntry } from './library-entries.ts';
import { ruleLibraryStyles } from './maalbar-rule-library.styles.ts';
import { renderRuleDetails } from './rule-details.ts';

const GROUPS: readonly { kind: LibraryEntry['kind']; title: StringKey }[] = [
  { kind: 'indicator', title: 'training.library.indicators' },
  { kind: 'reform', title: 'training.library.reforms' },
  { kind: 'condition', title: 'training.library.conditions' },
];

export class MaalbarRuleLibrary extends LitElement {
  static override styles = [sharedStyles, tableStyles, ruleLibraryStyles];
  static override properties = {
    files: { attribute: false },
    filter: { state: true },
  };

  declare files: readonly RuleSetSource[];
  declare filter: string;

  private readonly i18n = new LocaleController(this);
  private cache: { files: readonly RuleSetSource[]; entries: LibraryEntry[] } | undefined;

  constructor() {
    super();
    this.files = BUNDLED_RULES.files;
    this.filter = '';
  }

  override render() {
    const locale = this.i18n.locale;
    const entries = this.entries();
    const needle = this.filter.trim().toLowerCase();
    const shown = needle ? entries.filter((entry) => matches(entry, needle)) : entries;
    return html`<p>${t('training.library.intro', { count: String(entries.length) })}</p>
      <label class="filter">
        ${t('training.library.filter')}
        <input
          type="search"
          .value=${this.filter}
          @input=${(event: Event) => (this.filter = (event.target as HTMLInputElement).value)}
        />
      </label>
      <p class="count" aria-live="polite">${t('training.library.shown', { count: String(shown.length) })}</p>
      ${GROUPS.map(({ kind, title }) => {
        const group = shown.filter((entry) => entry.kind === kind);
        if (group.length === 0) return nothing;
        return html`<section aria-labelledby="group-${kind}">
          <h3 id="group-${kind}">${t(title)} (${group.length})</h3>
          ${group.map((entry) => this.renderEntry(entry, locale))}
        </section>`;
      })}`;
  }

  private renderEntry(entry: LibraryEntry, locale: Locale) {
    if (entry.kind === 'broken') return nothing;
    const file: RuleFile | ConditionFile = entry.file;
    return html`<details class="rule" data-rule=${file.name}>
      <summary>
        <span class="title">${file.meta.title[locale]}</span>
        <code>${file.name}</code>
        ${
          'cases' in file
            ? html`<span class="dates"
                >${t('training.library.effective', {
                  from: formatMonth(file.meta.effectiveFrom, locale),
                  to: file.meta.effectiveTo
                    ? formatMonth(file.meta.effectiveTo, locale)
                    : t('training.library.open'),
                })}</span
              >`
            : nothing
        }
      </summary>
      <p>${file.meta.description[locale]}</p>
      <p class="path">${t('training.library.file', { path: entry.path })}</p>
      ${'cases' in file ? renderRuleDetails(file, locale) : nothing}
    </details>`;
  }

  private entries(): LibraryEntry[] {
    if (this.cache?.files !== this.files) {
      this.cache = { files: this.files, entries: libraryEntries(this.files) };
    }
    return this.cache.entries;
  }
}

function matches(entry: LibraryEntry, needle: string): boolean {
  if (entry.kind === 'broken') return entry.path.toLowerCase().includes(needle);
  const meta = entry.file.meta;
  return [entry.file.name, meta.title.da, meta.title.en, meta.description.da, meta.description.en].some(
    (text) => text.toLowerCase().includes(needle),
  );
}

if (!customElements.get('maalbar-rule-library'))
  customElements.define('maalbar-rule-library', MaalbarRuleLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-rule-library': MaalbarRuleLibrary;
  }
}
