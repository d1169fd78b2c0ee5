/**
 * `<maalbar-share>`: the link to exactly the scenario on screen (the working state compressed into the URL),
 * in a read-only field to select and a button that copies it; and the note that work is autosaved.
 *
 * Properties:
 * - `href`: the absolute link (default `''`).
 * Events: none.
 * Accessibility: a labelled field, a real button, the copy outcome in a polite status.
 */
import { html, LitElement } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';
import { shareStyles } from './maalbar-share.styles.ts';

export class MaalbarShare extends LitElement {
  static override styles = [sharedStyles, shareStyles];
  static override properties = {
    href: { type: String },
    copyState: { state: true },
  };

  declare href: string;
  /** Outcome of the last copy, shown in the status. */
  declare copyState: 'none' | 'copied' | 'failed';

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.href = '';
    this.copyState = 'none';
  }

  override render() {
    void this.i18n.locale;
    const status =
      this.copyState === 'copied'
        ? t('share.copied')
        : this.copyState === 'failed'
          ? t('share.copyFailed')
          : '';
    return html`<section aria-labelledby="share-title">
      <h3 id="share-title">${t('share.title')}</h3>
      <label for="share-link">${t('share.label')}</label>
      <div class="row">
        <input id="share-link" type="text" readonly .value=${this.href} @focus=${this.selectAll} />
        <button type="button" @click=${this.copy}>${t('share.copy')}</button>
      </div>
      <p class="status" role="status" aria-live="polite">${status}</p>
      <p class="note">${t('share.autosave')}</p>
    </section>`;
  }

  private selectAll(event: Event): void {
    if (event.target instanceof HTMLInputElement) event.target.select();
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.href);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }
}

if (!customElements.get('maalbar-share')) customElements.define('maalbar-share', MaalbarShare);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-share': MaalbarShare;
  }
}
