/**
 * A Vite plugin for the production build: compiles web/sw.ts into `sw.js` at the site's root with the list of
 * every file of the build to precache and a version (a hash of the files' names and index.html, so any change
 * of the build changes the cache name). Vite has no service-worker support of its own, and the list is only
 * known once the bundle is written, hence this small step in `generateBundle`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/** `plugins: [serviceWorker()]` in vite.config.ts. */
export function serviceWorker(source = join(import.meta.dirname, '../web/sw.ts')): Plugin {
  return {
    name: 'maalbar-service-worker',
    apply: 'build',
    // After Vite's own generateBundle hooks, so index.html and the worker chunks are in the bundle.
    enforce: 'post',
    // Tells web/main.ts to register sw.js (only builds write it).
    config: () => ({ define: { __MAALBAR_SERVICE_WORKER__: 'true' } }),
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name !== SERVICE_WORKER_FILE && !name.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name];
        hash.update(name);
        if (item?.type === 'asset' && name.endsWith('.html')) hash.update(item.source);
      }
      const precache = [...new Set(['./', './index.html', ...files.map((name) => `./${name}`)])];
      const { code } = await transform(readFileSync(source, 'utf8'), {
        loader: 'ts',
        format: 'iife',
        target: 'es2022',
        minify: true,
        define: {
          __MAALBAR_PRECACHE__: JSON.stringify(precache),
          __MAALBAR_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 16)),
        },
      });
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: code });
    },
  };
}
