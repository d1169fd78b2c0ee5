/**
 * `<maalbar-progress>`: how far the running simulation is, with a button to cancel it.
 *
 * Properties:
 * - `state`: `'idle' | 'running' | 'done' | 'cancelled' | 'error'` (default `'idle'`); the cancel button works
 *   only while running.
 * - `done`: replications finished so far (default 0).
 * - `total`: replications asked for (default 0).
 * - `used`: replications the numbers on screen rest on (default 0); shown while refining and after a cancel.
 * Events: `cancel` (a plain `Event`, bubbles, composed) when the user presses the cancel button. The name matches
 * the DOM's own `cancel` event, so listeners are typed as `Event` already.
 * Accessibility: a labelled <progress>, the count as a polite live status, a real <button>.
 */
import { html, LitElement } from 'lit';
import { formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';
import { progressStyles } from './maalbar-progress.styles.ts';

export type ProgressState = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export class MaalbarProgress extends LitElement {
  static override styles = [sharedStyles, progressStyles];
  static override properties = {
    state: { type: String, reflect: true },
    done: { type: Number },
    total: { type: Number },
    used: { type: Number },
  };

  declare state: ProgressState;
  declare done: number;
  declare total: number;
  declare used: number;

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.state = 'idle';
    this.done = 0;
    this.total = 0;
    this.used = 0;
  }

  /** The status line, e.g. "250 af 1.000 replikationer". */
  get statusText(): string {
    const locale = this.i18n.locale;
    const total = formatNumber(this.total, locale, 0);
    const used = formatNumber(this.used, locale, 0);
    switch (this.state) {
      case 'running': {
        const running = t('progress.running', { done: formatNumber(this.done, locale, 0), total });
        return this.used > 0 ? `${running} · ${t('progress.used', { used, total })}` : running;
      }
      case 'done':
        return t('progress.done', { total });
      case 'cancelled':
        return t('progress.cancelled', { used, total });
      case 'error':
        return t('progress.error');
      case 'idle':
        return t('progress.idle');
    }
  }

  override render() {
    const max = Math.max(this.total, 1);
    const value = this.state === 'done' ? max : Math.min(this.done, max);
    return html`<div class="progress">
      <span class="label" id="label">${t('progress.label')}</span>
      <progress max=${max} .value=${value} aria-labelledby="label" aria-describedby="status"></progress>
      <span class="status" id="status" role="status" aria-live="polite">${this.statusText}</span>
      <button type="button" ?disabled=${this.state !== 'running'} @click=${this.cancel}>
        ${t('progress.cancel')}
      </button>
    </div>`;
  }

  private cancel(): void {
    this.dispatchEvent(new Event('cancel', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('maalbar-progress')) customElements.define('maalbar-progress', MaalbarProgress);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-progress': MaalbarProgress;
  }
}
