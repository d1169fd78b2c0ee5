import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOWS_1252_EXPORT } from '../fixtures/io/windows-1252-export.ts';
import { buildCli, fixtureDir, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));

const FILES = {
  'auk01.json': fixture('dst-auk01-jsonstat1.json'),
  'y30r21.json': fixture('jobindsats-y30r21.json'),
  'auk01.csv': WINDOWS_1252_EXPORT,
  'persons.csv': fixture('persons.csv'),
  'broken.json': fixture('broken-dst.json'),
  'broken.csv': fixture('broken-export.csv'),
};

describe('maalbar import', () => {
  const dir = fixtureDir(FILES);

  it('prints a DST JSON-stat response as a long CSV table, one row per cell, exit 0', () => {
    const result = runCli(['import', 'auk01.json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'OMRÅDE,YDELSESTYPE,ContentsCode,maalbar,period,value,status',
      'Lyngby-Taarbæk,Kontanthjælp,Fuldtidsmodtagere,ydelse:kontanthjaelp,2013-12,598,',
      'Lyngby-Taarbæk,Kontanthjælp,Fuldtidsmodtagere,ydelse:kontanthjaelp,2014-10,552,',
    ]);
    expect(lines).toContain(
      'Lyngby-Taarbæk,Ressourceforløb,Fuldtidsmodtagere,ydelse:ressourceforloeb,2014-10,,..',
    );
    // A header, 12 cells and the final newline.
    expect(lines).toHaveLength(14);
  });

  it('reads a Windows-1252 ;-separated export and prints its warnings on stderr', () => {
    const result = runCli(['import', 'auk01.csv'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      'auk01.csv:1:36: warning: byte 0xE5 is not UTF-8; the file is read as Windows-1252 — check æ, ø and å in the result, or save the file as UTF-8',
      'auk01.csv:6:1 A6: warning: the row is a note, not data, and is skipped',
      '',
    ]);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'column A,column B,maalbar,period,value,status',
      'Lyngby-Taarbæk,Kontanthjælp,ydelse:kontanthjaelp,2013-12,598,',
    ]);
    expect(result.stdout).toContain('Lyngby-Taarbæk,Sygedagpenge,ydelse:sygedagpenge,2013-12,1402.5,\n');
  });

  it('prints JSON with --output json', () => {
    const result = runCli(['import', 'y30r21.json', '--output', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const table = JSON.parse(result.stdout) as { dimensions: string[]; rows: unknown[] };
    expect(table.dimensions).toEqual(['Område', 'Ydelsesgrupper', 'measure', 'maalbar']);
    expect(table.rows).toHaveLength(12);
  });

  it('prints located errors on stderr and exits 1 for a broken file', () => {
    const result = runCli(['import', 'broken.csv', '--lang', 'da'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'broken.csv:3:37 D3: "54x7" er ikke et tal — skriv tal som 1.234,5 eller 1234.5; en manglende værdi som .. eller -',
    );
    expect(runCli(['import', 'broken.json'], { cwd: dir }).stderr).toContain(
      'broken.json:10:48 /dataset/dimension/Tid/category/index/2014M13: "2014M13" is not a period',
    );
  });

  it('suppresses counts below 3 from a person file, or below the threshold given', () => {
    const shown = (stdout: string) => stdout.split('\n').filter((line) => /,\d+,$/.test(line));
    const standard = runCli(['import', 'persons.csv'], { cwd: dir });
    expect(standard.status).toBe(0);
    expect(shown(standard.stdout)).toEqual([
      'kontanthjaelp,ydelse:kontanthjaelp,2015-11,3,',
      'kontanthjaelp,ydelse:kontanthjaelp,2015-12,4,',
    ]);
    expect(standard.stdout).toContain('a-dagpenge,ydelse:a-dagpenge,2015-12,,suppressed\n');
    expect(shown(runCli(['import', 'persons.csv', '--suppress-below', '4'], { cwd: dir }).stdout)).toEqual([
      'kontanthjaelp,ydelse:kontanthjaelp,2015-12,4,',
    ]);
  });

  it('imputes a minimal person file on request, with the month given', () => {
    const files = fixtureDir({ 'few.csv': 'id;ydelse;age\n1;fleksjob;50\n2;fleksjob;51\n3;fleksjob;52\n' });
    const result = runCli(['import', 'few.csv', '--missing', 'impute-default', '--month', '2015-12'], {
      cwd: files,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('ydelse,maalbar,period,value,status\nfleksjob,ydelse:fleksjob,2015-12,3,\n');
    expect(result.stderr).toMatch(/^few\.csv:1:1: warning: 48 missing cell\(s\) filled with defaults/);
  });

  it('uses a mapping file over the default one, and reports a broken one located', () => {
    const files = fixtureDir({
      ...FILES,
      'mine.json': '{"ydelser": {"Kontanthjælp mv.": "integrationsydelse"}}',
      'bad.json': '{\n  "ydelser": {"X": "kontanthjalp"}\n}',
    });
    const mapped = runCli(['import', 'y30r21.json', '--mapping', 'mine.json'], { cwd: files });
    expect(mapped.status).toBe(0);
    expect(mapped.stdout).toContain(
      'Lyngby-Taarbæk,Kontanthjælp mv.,Fuldtidspersoner,ydelse:integrationsydelse,2013-12,813,',
    );
    const bad = runCli(['import', 'y30r21.json', '--mapping', 'bad.json'], { cwd: files });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^bad\.json:2:15 \/ydelser\/X: "kontanthjalp" is not one of .* — did you mean "kontanthjaelp"\?\n$/,
    );
  });

  it('uses the format it is told, and refuses unknown options and values', () => {
    const forced = runCli(['import', 'auk01.json', '--format', 'jobindsats'], { cwd: dir });
    expect(forced.status).toBe(1);
    expect(forced.stderr).toContain('Jobindsats answered with a message instead of data');
    const badFormat = runCli(['import', 'auk01.json', '--format', 'xlsx'], { cwd: dir });
    expect(badFormat.status).toBe(1);
    expect(badFormat.stderr).toContain('--format xlsx: use one of auto, jsonstat, jobindsats, csv, persons');
    expect(runCli(['import', 'auk01.json', '--suppress-below', 'x'], { cwd: dir }).stderr).toContain(
      '--suppress-below must be a whole number ≥ 0, not "x"',
    );
    expect(runCli(['import', 'missing.json'], { cwd: dir }).stderr).toContain('missing.json does not exist');
    expect(runCli(['import'], { cwd: dir }).status).toBe(1);
  });
});
