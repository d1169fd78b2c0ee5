// Bundles the Node CLI (and its worker entry) with esbuild so that `npx maalbar` starts fast and
// worker_threads can load plain JavaScript. Runs on `npm install` (prepare) and before tests.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entryPoints = ['src/cli/main.ts', 'src/cli/worker-entry.ts'].filter((file) => existsSync(file));
await build({
  entryPoints,
  outdir: 'dist/cli',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's default UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // json-rules-engine and friends are CommonJS; give the ESM bundle a require().
  banner: {
    js: "import { createRequire as __maalbarCreateRequire } from 'node:module'; const require = __maalbarCreateRequire(import.meta.url);",
  },
});
