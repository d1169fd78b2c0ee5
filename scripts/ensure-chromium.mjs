#!/usr/bin/env node
// Makes sure Debian's Chromium is on this machine for the browser tests and prints its path.
// The browser tests drive the system `chromium` with playwright-core: no browser is downloaded from anywhere
// but Debian's package archive. As root on Debian it installs the package; otherwise it explains what to do.
// Usage: node scripts/ensure-chromium.mjs   (exit 0 and the path on stdout, or exit 1 with instructions)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser'];

/** The absolute path of the first Chromium binary on PATH, or undefined. */
export function findChromium() {
  for (const name of CANDIDATES) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const path = found.stdout.trim();
    if (found.status === 0 && path) return path;
  }
  return undefined;
}

function isDebian() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\bdebian\b/m.test(release);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function install() {
  console.error('ensure-chromium: Chromium is missing; installing Debian package "chromium" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], quiet);
}

export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (isRoot() && isDebian()) {
    install();
    path = findChromium();
    if (path) return path;
    throw new Error('apt-get finished but no `chromium` is on PATH; check the apt output above.');
  }
  throw new Error(
    [
      'The browser tests need Chromium and none was found on PATH.',
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
      '  Other systems: install Chromium or Chrome and put `chromium` on PATH',
      '  (or set CHROMIUM_PATH to its binary).',
    ].join('\n'),
  );
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) {
    console.log(fromEnv);
  } else {
    try {
      console.log(ensureChromium());
    } catch (error) {
      console.error(`ensure-chromium: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
