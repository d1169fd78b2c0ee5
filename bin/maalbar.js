#!/usr/bin/env node
// Entry of the `maalbar` CLI. The TypeScript sources are bundled into dist/cli by `npm install`
// (the prepare script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error(
    'maalbar: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the Målbar folder.',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
