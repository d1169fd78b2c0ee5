/**
 * `npm run bench` (= `tsx bench/index.ts`): runs every registered section, prints one table, and with
 * `--json PATH` writes one JSON object with one key per section. Timing never fails anything; read the
 * figures as ratios measured in the same run (see bench/README.md).
 *
 * Options: `--json PATH` write the figures; `--only NAME[,NAME]` run some sections.
 * Adding a section: write bench/sections/<name>.ts exporting a BenchSection and add it to SECTIONS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nationalSection } from './sections/national.ts';
import { rulesSection } from './sections/rules.ts';
import { simulationSection } from './sections/simulation.ts';

/** One line of the printed table. */
export interface BenchRow {
  /** What was measured, e.g. "compiled kernel (codegen)". */
  measure: string;
  /** The figure, formatted for reading (the JSON holds the raw number). */
  value: string;
  /** Unit or explanation, e.g. "person-months/s, median of 15". */
  note: string;
}

export interface BenchResult {
  rows: BenchRow[];
  /** The section's entry in the JSON file. */
  json: unknown;
}

export interface BenchSection {
  /** The section's key in the JSON file and its name in the table. */
  name: string;
  run(): Promise<BenchResult>;
}

/** The registered sections, in the order they run. */
const SECTIONS: BenchSection[] = [rulesSection, simulationSection, nationalSection];

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function printTable(rows: readonly (BenchRow & { section: string })[]): void {
  const header = { section: 'section', measure: 'measure', value: 'value', note: 'note' };
  const all = [header, ...rows];
  const width = (key: keyof typeof header) => Math.max(...all.map((row) => row[key].length));
  const [s, m, v] = [width('section'), width('measure'), width('value')];
  const line = (row: typeof header) =>
    `${row.section.padEnd(s)}  ${row.measure.padEnd(m)}  ${row.value.padStart(v)}  ${row.note}`;
  console.log(line(header));
  console.log(`${'-'.repeat(s)}  ${'-'.repeat(m)}  ${'-'.repeat(v)}  ${'-'.repeat(width('note'))}`);
  for (const row of rows) console.log(line(row));
}

async function main(argv: readonly string[]): Promise<void> {
  const jsonPath = option(argv, '--json');
  const only = option(argv, '--only')?.split(',');
  const unknown = only?.filter((name) => !SECTIONS.some((section) => section.name === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`,
    );
  }
  const json: { [section: string]: unknown } = {};
  const rows: (BenchRow & { section: string })[] = [];
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name)) continue;
    console.error(`bench: running ${section.name}…`);
    const result = await section.run();
    json[section.name] = result.json;
    rows.push(...result.rows.map((row) => ({ section: section.name, ...row })));
  }
  console.log(`\nMålbar bench — Node ${process.version}, ${process.platform}/${process.arch}\n`);
  printTable(rows);
  if (jsonPath) {
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwrote ${jsonPath}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
