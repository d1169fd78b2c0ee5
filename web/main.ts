/**
 * The browser app's entry: mounts the shell and keeps <html lang> and the page title in step with the language.
 * Until the simulation is connected, the board shows fixed demo rows and says so on screen.
 */
import './components/maalbar-app/maalbar-app.ts';
import { getLocale, onLocaleChange } from './i18n/locale-store.ts';
import type { Locale } from './i18n/locales.ts';
import { t } from './i18n/t.ts';
import { DEMO_TARGET_ROWS } from './view-model/demo-target-rows.ts';

function syncDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = `${t('app.name', {}, locale)} – ${t('nav.board', {}, locale)}`;
}

const app = document.querySelector('maalbar-app');
if (!app) throw new Error('index.html must contain <maalbar-app>.');
app.rows = DEMO_TARGET_ROWS;
app.demo = true;
syncDocument(getLocale());
onLocaleChange(syncDocument);
