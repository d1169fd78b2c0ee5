import { defineConfig } from 'vitest/config';
import { serviceWorker } from './scripts/service-worker-plugin.ts';

// The app lives in web/; the build is a static site (relative base) that works from any static server.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
  // Writes sw.js (web/sw.ts with the list of built files) for offline use.
  plugins: [serviceWorker()],
  server: { fs: { allow: ['..'] } },
  test: {
    root: '.',
    testTimeout: 60_000,
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'] } },
      {
        extends: true,
        // Builds the app once for all browser tests (test/browser/build-site.ts).
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/build-site.ts'],
        },
      },
    ],
  },
});
