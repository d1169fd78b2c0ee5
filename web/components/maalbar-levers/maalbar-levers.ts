/**
 * `<maalbar-levers>`: the scenario's levers in groups — a slider (or, for replications and seed, a number field)
 * per lever with its value, its default, whether that default comes from a source or is an assumption (with the
 * reference or rationale under a disclosure), and a reset for a changed lever.
 *
 * Properties:
 * - `levers`: `readonly LeverView[]` (default `[]`), set as a property. Never mutated.
 * - `debounceMs`: how long a dragged slider must rest before `lever-change` fires (default 150).
 * Events (all bubble and are composed):
 * - `lever-change` (`CustomEvent<{ id: string; value: number }>`): a slider rested for `debounceMs`, was released
 *   or moved by keyboard, or a number field was committed.
 * - `lever-reset` (`CustomEvent<{ id: string }>`): the lever's reset button.
 * - `levers-reset-all` (`Event`): the reset-all button (shown when any lever is changed).
 * Accessibility: fieldsets with legends inside disclosures, labelled controls with spoken values
 * (`aria-valuetext`), source kind in words, real buttons.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Assumption, SourceReference } from '../../../src/rules/rule-file.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { LeverView } from '../../levers/apply-lever.ts';
import { formatLeverValue } from '../../levers/format-lever-value.ts';
import { LEVER_GROUPS, type LeverGroup } from '../../levers/lever.ts';
import { localized } from '../../view-model/target-row.ts';
import { sharedStyles } from '../shared-styles.ts';
import { leversStyles } from './maalbar-levers.styles.ts';

export type LeverChangeEvent = CustomEvent<{ id: string; value: number }>;
export type LeverResetEvent = CustomEvent<{ id: string }>;

/** Groups shown open at first: the levers a meeting asks about. */
const OPEN_GROUPS: ReadonlySet<LeverGroup> = new Set(['macro', 'activation']);

const isAssumption = (source: SourceReference | Assumption): source is Assumption => 'assumption' in source;

export class MaalbarLevers extends LitElement {
  static override styles = [sharedStyles, leversStyles];
  static override properties = {
    levers: { attribute: false },
    debounceMs: { type: Number },
  };

  declare levers: readonly LeverView[];
  declare debounceMs: number;

  private readonly i18n = new LocaleController(this);
  /** Values being dragged, shown before the debounced event fires. */
  private readonly pending = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    super();
    this.levers = [];
    this.debounceMs = 150;
  }

  override disconnectedCallback(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New values from the owner replace what was being dragged.
    if (changed.has('levers'))
      for (const lever of this.levers)
        if (!this.timers.has(lever.spec.id)) this.pending.delete(lever.spec.id);
  }

  override render() {
    const locale = this.i18n.locale;
    const anyChanged = this.levers.some((lever) => lever.value !== lever.defaultValue);
    return html`<p class="intro">${t('levers.intro')}</p>
      ${
        anyChanged
          ? html`<button type="button" class="reset-all" @click=${this.resetAll}>
              ${t('levers.resetAll')}
            </button>`
          : nothing
      }
      ${LEVER_GROUPS.map((group) => this.renderGroup(group, locale))}`;
  }

  private renderGroup(group: LeverGroup, locale: Locale): TemplateResult | typeof nothing {
    const levers = this.levers.filter((lever) => lever.spec.group === group);
    if (levers.length === 0) return nothing;
    const changed = levers.some((lever) => lever.value !== lever.defaultValue);
    return html`<details class="group" ?open=${OPEN_GROUPS.has(group) || changed} data-group=${group}>
      <summary>${t(`levers.group.${group}`)}</summary>
      <fieldset>
        <legend class="visually-hidden">${t(`levers.group.${group}`)}</legend>
        ${levers.map((lever) => this.renderLever(lever, locale))}
      </fieldset>
    </details>`;
  }

  private renderLever(lever: LeverView, locale: Locale): TemplateResult {
    const { spec } = lever;
    const id = `lever-${spec.id}`;
    const shown = this.pending.get(spec.id) ?? lever.value;
    const text = formatLeverValue(shown, spec.format, locale);
    const defaultText = formatLeverValue(lever.defaultValue, spec.format, locale);
    const changed = lever.value !== lever.defaultValue;
    const label = localized(spec.label, locale);
    const kind = changed ? 'changed' : isAssumption(spec.source) ? 'assumption' : 'source';
    const control =
      spec.control === 'range'
        ? html`<input
            id=${id}
            type="range"
            min=${spec.min}
            max=${spec.max}
            step=${spec.step}
            .value=${String(shown)}
            aria-valuetext=${text}
            aria-describedby="${id}-default"
            @input=${(event: Event) => this.onInput(spec.id, event)}
            @change=${(event: Event) => this.onCommit(spec.id, event)}
          />`
        : html`<input
            id=${id}
            type="number"
            inputmode="numeric"
            min=${spec.min}
            max=${spec.max}
            step=${spec.step}
            .value=${String(shown)}
            aria-describedby="${id}-default"
            @change=${(event: Event) => this.onCommit(spec.id, event)}
          />`;
    return html`<div class="lever" data-lever=${spec.id} data-changed=${changed ? 'true' : 'false'}>
      <label for=${id}>${label}</label>
      <div class="control">
        ${control}
        ${spec.control === 'range' ? html`<output for=${id} aria-hidden="true">${text}</output>` : nothing}
        ${
          changed
            ? html`<button
                type="button"
                class="reset"
                aria-label=${t('levers.resetLabel', { label, value: defaultText })}
                @click=${() => this.emit('lever-reset', { id: spec.id })}
              >
                ${t('levers.reset')}
              </button>`
            : nothing
        }
      </div>
      <p class="meta" id="${id}-default">
        <span class="badge badge-${kind}">${t(`levers.kind.${kind}`)}</span>
        ${t('levers.default', { value: defaultText })}
      </p>
      <details class="source">
        <summary>${t('levers.sourceDetails')}</summary>
        ${this.renderSource(spec.source, locale)}
      </details>
    </div>`;
  }

  private renderSource(source: SourceReference | Assumption, locale: Locale): TemplateResult {
    if (isAssumption(source)) {
      return html`<p>
        <strong>${t('levers.kind.assumption')}:</strong> ${localized(source.rationale, locale)}
      </p>`;
    }
    return html`<p>
      <strong>${t('levers.kind.source')}:</strong>
      ${source.document}${source.section ? `, ${source.section}` : ''}
      ${
        source.url
          ? html`<br /><a href=${source.url} rel="noopener noreferrer" target="_blank">${source.url}</a>`
          : nothing
      }
    </p>`;
  }

  private inputValue(event: Event): number | undefined {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.value === '') return undefined;
    const value = Number(input.value);
    return Number.isFinite(value) ? value : undefined;
  }

  /** A slider moves: show the value now, tell the owner once it rests. */
  private onInput(id: string, event: Event): void {
    const value = this.inputValue(event);
    if (value === undefined) return;
    this.pending.set(id, value);
    this.requestUpdate();
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        this.emit('lever-change', { id, value });
      }, this.debounceMs),
    );
  }

  /** A slider released, moved by keyboard, or a number field committed: tell the owner now. */
  private onCommit(id: string, event: Event): void {
    const value = this.inputValue(event);
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
    if (value === undefined) return;
    this.pending.set(id, value);
    this.emit('lever-change', { id, value });
  }

  private resetAll(): void {
    this.dispatchEvent(new Event('levers-reset-all', { bubbles: true, composed: true }));
  }

  private emit(type: 'lever-change' | 'lever-reset', detail: { id: string; value?: number }): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('maalbar-levers')) customElements.define('maalbar-levers', MaalbarLevers);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-levers': MaalbarLevers;
  }
  interface HTMLElementEventMap {
    'lever-change': LeverChangeEvent;
    'lever-reset': LeverResetEvent;
  }
}
