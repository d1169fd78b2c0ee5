/**
 * The browser app's entry: mounts the shell and keeps <html lang> and the page title in step with the language.
 * The shell loads the working state (link, autosave or the bundled default scenario) and simulates it. In a
 * production build it registers the service worker (sw.js, made from web/sw.ts) that lets the site work
 * offline after the first visit; registered from here, as index.html may hold no inline script (CSP).
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

/** Defined (true) by scripts/service-worker-plugin.ts in a build, which writes sw.js; absent in dev and tests. */
declare const __MAALBAR_SERVICE_WORKER__: boolean | undefined;

// Only a build has sw.js; a browser without service workers (or a refusing one) simply stays online-only.
// (Not import.meta.env.PROD: a build started under vitest has NODE_ENV=test and would leave it out.)
if (typeof __MAALBAR_SERVICE_WORKER__ !== 'undefined' && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    console.warn('Målbar works online only here: the service worker was refused.', error);
  });
}
