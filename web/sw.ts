/**
 * The service worker that makes the static build work offline after the first visit. The build
 * (scripts/service-worker-plugin.ts) compiles this file to `sw.js` at the site's root and replaces
 * `__MAALBAR_PRECACHE__` with the list of every built file and `__MAALBAR_VERSION__` with a hash of them, so
 * each build gets its own cache ("maalbar-<version>"); installing fills it, activating deletes the caches of
 * older builds. Page loads (navigations) go to the network first and fall back to the cached index.html, so a
 * new build is picked up when online; the other files carry content hashes in their names and are served
 * from the cache first. Only same-origin GET requests are handled: the app talks to no other origin.
 *
 * Registered by web/main.ts in production builds only (the dev server has no sw.js).
 */

/** Replaced at build time (see scripts/service-worker-plugin.ts). */
declare const __MAALBAR_PRECACHE__: string[];
declare const __MAALBAR_VERSION__: string;

/** The parts of the service worker scope and its events used here (tsconfig has the DOM lib, not WebWorker). */
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;
const PREFIX = 'maalbar-';
const CACHE = `${PREFIX}${__MAALBAR_VERSION__}`;
const INDEX = new URL('./index.html', scope.registration.scope).href;

scope.addEventListener('install', (event) => {
  const urls = __MAALBAR_PRECACHE__.map((path) => new URL(path, scope.registration.scope).href);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => scope.clients.claim()),
  );
});

/** The cached index.html, or the network's error when there is none. */
async function offlinePage(error: unknown): Promise<Response> {
  const cached = await caches.match(INDEX, { cacheName: CACHE });
  if (cached) return cached;
  throw error;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(offlinePage));
    return;
  }
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE, ignoreSearch: true })
      .then((cached) => cached ?? fetch(request)),
  );
});
