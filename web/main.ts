/**
 * The browser app's entry: mounts the shell and keeps <html lang> and the page title in step with the language.
 * The shell loads the working state (link, autosave or the bundled default scenario) and simulates it.
 */
import './components/maalbar-app/maalbar-app.ts';
import { getLocale, onLocaleChange } from './i18n/locale-store.ts';
import type { Locale } from './i18n/locales.ts';
import { t } from './i18n/t.ts';

function syncDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = `${t('app.name', {}, locale)} – ${t('app.tagline', {}, locale)}`;
}

if (!document.querySelector('maalbar-app')) throw new Error('index.html must contain <maalbar-app>.');
syncDocument(getLocale());
onLocaleChange(syncDocument);
