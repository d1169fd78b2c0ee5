/**
 * `npx tsx scripts/update-golden.ts`: rewrites test/golden/lyngby-taarbaek-2015.golden.json from the current
 * model, rules and scenario (formatted as Prettier would, so that `npm run lint` stays clean). Run it on purpose
 * after a change that moves the numbers, look at the diff, and commit the file with the change.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { GOLDEN_FILE, goldenOutput } from '../test/golden/golden-output.ts';

const path = fileURLToPath(GOLDEN_FILE);
const options = (await resolveConfig(path)) ?? {};
const text = await format(JSON.stringify(goldenOutput()), { ...options, filepath: path });
writeFileSync(path, text);
console.log(`wrote ${path}`);
