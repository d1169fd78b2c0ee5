import { defineConfig } from 'vitest/config';

// The app lives in web/; the build is a static site (relative base) that works from any static server.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
