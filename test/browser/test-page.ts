/**
 * A small test page for a browser test that needs part of the app, not the whole built site: `entry` (module
 * source importing what it needs by absolute path, and setting `body[data-ready="true"]` when done) is bundled
 * with esbuild into a temporary folder, served from there and opened in Debian's Chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, openPage, type AppPage } from './browser-harness.ts';
import { startStaticServer } from './static-server.ts';

export interface TestPage {
  app: AppPage;
  /** Closes the browser and the server and removes the folder. */
  close(): Promise<void>;
}

/** `openTestPage('storage', ENTRY)`: the page is ready (its entry ran) when the promise resolves. */
export async function openTestPage(name: string, entry: string): Promise<TestPage> {
  const folder = mkdtempSync(join(tmpdir(), `maalbar-${name}-page-`));
  writeFileSync(join(folder, 'entry.ts'), entry);
  await build({
    entryPoints: [join(folder, 'entry.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(folder, 'main.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Målbar ${name} test</title>` +
      '<link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>',
  );
  const server = await startStaticServer(folder);
  const session = await launchChromium();
  const app = await openPage(session, server.url);
  await app.page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return {
    app,
    async close() {
      await session.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
