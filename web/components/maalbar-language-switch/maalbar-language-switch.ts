/**
 * `<maalbar-language-switch>`: two toggle buttons, Dansk / English, that switch the whole UI's language.
 *
 * Properties: none (it shows and sets the page-wide language from the i18n locale store).
 * Events: `locale-change` (`CustomEvent<{ locale: Locale }>`, bubbles, composed) after the language changed.
 * Accessibility: a labelled group of buttons with `aria-pressed`; each name is written in its own language
 * (`lang` attribute) so screen readers pronounce it right.
 */
import { html, LitElement } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { setLocale } from '../../i18n/locale-store.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';
import { languageSwitchStyles } from './maalbar-language-switch.styles.ts';

export type LocaleChangeEvent = CustomEvent<{ locale: Locale }>;

export class MaalbarLanguageSwitch extends LitElement {
  static override styles = [sharedStyles, languageSwitchStyles];

  private readonly i18n = new LocaleController(this);

  override render() {
    const current = this.i18n.locale;
    return html`<div class="switch" role="group" aria-labelledby="label">
      <span class="label" id="label">${t('language.label')}</span>
      ${LOCALES.map(
        (locale) =>
          html`<button
            type="button"
            lang=${locale}
            aria-pressed=${locale === current ? 'true' : 'false'}
            @click=${() => this.choose(locale)}
          >
            ${LOCALE_NAMES[locale]}
          </button>`,
      )}
    </div>`;
  }

  private choose(locale: Locale): void {
    if (locale === this.i18n.locale) return;
    setLocale(locale);
    this.dispatchEvent(
      new CustomEvent('locale-change', { detail: { locale }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('maalbar-language-switch')) {
  customElements.define('maalbar-language-switch', MaalbarLanguageSwitch);
}

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-language-switch': MaalbarLanguageSwitch;
  }
  interface HTMLElementEventMap {
    'locale-change': LocaleChangeEvent;
  }
}
