/**
 * `<maalbar-import-report>`: an import's located errors and warnings, each with its place (file:line:column and
 * the cell or JSON pointer), what is wrong and what to do. Long lists show the first `limit` items and "og 1.234
 * flere" with a button that shows them all.
 *
 * Properties: `errors`, `warnings` (LocatedError[], default []), `limit` (items shown per list before "more",
 * default 20). Events: none. Accessibility: each list under its own heading; errors are announced (role=alert)
 * when they appear.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { LocatedError } from '../../../src/rules/located-error.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';

export class MaalbarImportReport extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.25rem;
      }
      ol {
        margin: 0;
        padding-left: 1.5rem;
      }
      li {
        margin: 0.25rem 0;
      }
      .place {
        font-family: ui-monospace, monospace;
        font-size: 0.9em;
        color: #374151;
      }
      .errors h3 {
        color: #9b1c1c;
      }
      .hint {
        color: #374151;
      }
      button {
        font: inherit;
        margin-left: 0.5rem;
      }
    `,
  ];
  static override properties = {
    errors: { attribute: false },
    warnings: { attribute: false },
    limit: { type: Number },
    expanded: { state: true },
  };

  declare errors: LocatedError[];
  declare warnings: LocatedError[];
  declare limit: number;
  declare expanded: Set<string>;

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.errors = [];
    this.warnings = [];
    this.limit = 20;
    this.expanded = new Set();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('errors') || changed.has('warnings')) this.expanded = new Set();
  }

  override render() {
    return html`${this.renderList('errors', this.errors, 'data.report.errors')}
    ${this.renderList('warnings', this.warnings, 'data.report.warnings')}`;
  }

  private renderList(
    kind: 'errors' | 'warnings',
    problems: readonly LocatedError[],
    heading: 'data.report.errors' | 'data.report.warnings',
  ) {
    if (problems.length === 0) return nothing;
    const locale = this.i18n.locale;
    const all = this.expanded.has(kind);
    const shown = all ? problems : problems.slice(0, this.limit);
    const hidden = problems.length - shown.length;
    return html`<section class=${kind} role=${kind === 'errors' ? 'alert' : nothing}>
      <h3>${t(heading, { count: formatNumber(problems.length, locale, 0) })}</h3>
      <ol>
        ${shown.map(
          (problem) =>
            html`<li>
              <span class="place">${placeOf(problem)}</span>:
              ${problem.message}${problem.hint ? html` — <span class="hint">${problem.hint}</span>` : nothing}
            </li>`,
        )}
      </ol>
      ${
        hidden > 0
          ? html`<p class="more">
              ${t('data.report.more', { count: formatNumber(hidden, locale, 0) })}
              <button type="button" @click=${() => (this.expanded = new Set([...this.expanded, kind]))}>
                ${t('data.report.showAll')}
              </button>
            </p>`
          : nothing
      }
    </section>`;
  }
}

/** "persons.csv:3:16 D3", as the CLI prints the place. */
export function placeOf(problem: LocatedError): string {
  const pointer = problem.pointer === '' ? '' : ` ${problem.pointer}`;
  return `${problem.file}:${problem.line}:${problem.column}${pointer}`;
}

if (!customElements.get('maalbar-import-report'))
  customElements.define('maalbar-import-report', MaalbarImportReport);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-import-report': MaalbarImportReport;
  }
}
