// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-target-board/maalbar-target-board.ts';
import type { MaalbarTargetBoard } from '../../../web/components/maalbar-target-board/maalbar-target-board.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { BOARD_ROWS } from './board-fixture.ts';

async function mountBoard(): Promise<MaalbarTargetBoard> {
  const board = document.createElement('maalbar-target-board');
  board.rows = BOARD_ROWS;
  document.body.append(board);
  await board.updateComplete;
  return board;
}

const root = (board: MaalbarTargetBoard): ShadowRoot => {
  if (!board.shadowRoot) throw new Error('the board renders into a shadow root');
  return board.shadowRoot;
};
const cells = (board: MaalbarTargetBoard, id: string): string[] =>
  [...root(board).querySelectorAll(`tr[data-id="${id}"] > *`)].map((cell) =>
    (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('<maalbar-target-board>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('a captioned table with column headers and one row per target, the indicator as row header', async () => {
    const board = await mountBoard();
    const shadow = root(board);
    expect(shadow.querySelector('caption')?.textContent?.trim()).toBe(
      'Mål i beskæftigelsesplanen og sandsynligheden for at nå dem',
    );
    expect(shadow.querySelectorAll('thead th[scope="col"]')).toHaveLength(7);
    expect(shadow.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(shadow.querySelector('tr[data-id="1"] th[scope="row"] .name')?.textContent).toBe(
      'Unge under 30 år på offentlig forsørgelse',
    );
  });

  test('a simulated row shows baseline, level, P(reach) ± its standard error with a worded verdict and the level at 80 %', async () => {
    const board = await mountBoard();
    const [nr, , baseline, level, pReach, reachable] = cells(board, '1');
    expect(nr).toBe('1');
    expect(baseline).toBe('535dec. 2013');
    expect(level).toBe('≤ 428dec. 2015');
    // The fixture's SE 0.0145 is shown with one decimal, as percentage points.
    expect(pReach).toBe('30 % ± 1,5 % ! Meget ambitiøst');
    expect(reachable).toBe('≤ 447');
    const badge = root(board).querySelector('tr[data-id="1"] .verdict');
    expect(badge?.classList.contains('verdict-veryAmbitious')).toBe(true);
    // The icon is decoration; the word carries the meaning for screen readers and without colour.
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
  });

  test('follow-only and unsimulated targets say so, the latter with its reason', async () => {
    const board = await mountBoard();
    expect(cells(board, '2a')[4]).toBe('Følges uden mål');
    expect(cells(board, '2a')[5]).toBe('62');
    const unsimulated = root(board).querySelector('tr[data-id="8"] td.unsimulated');
    expect(unsimulated?.getAttribute('colspan')).toBe('3');
    expect(unsimulated?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Ikke simuleret: Kræver virksomhedsdata.',
    );
  });

  test('an inconsistency in the source is flagged under the indicator with a visible marker and words', async () => {
    const board = await mountBoard();
    const note = root(board).querySelector('tr[data-id="1"] th[scope="row"] .note-inconsistency');
    expect(note?.querySelector('.marker')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '⚠ Uoverensstemmelse i kilden:',
    );
    expect(note?.textContent).toContain('34/243 er 14 %');
  });

  test('a baseline the model does not reproduce gets its own marked note, apart from the source’s', async () => {
    const board = document.createElement('maalbar-target-board');
    const [first, ...rest] = BOARD_ROWS;
    if (!first) throw new Error('no rows');
    const text = { da: 'Modellen giver 0 i basismåneden 2013-12, basis er 535.', en: '…' };
    board.rows = [{ ...first, notes: [{ kind: 'baseline', text }] }, ...rest];
    document.body.append(board);
    await board.updateComplete;
    const note = root(board).querySelector('tr[data-id="1"] th[scope="row"] .note-baseline');
    expect(note?.querySelector('.marker')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '⚠ Modellen gengiver ikke basis:',
    );
    expect(note?.textContent).toContain('basis er 535');
  });

  test('moving the ambition control emits ambition-change and shows the level for that ambition', async () => {
    const board = await mountBoard();
    const heard: number[] = [];
    board.addEventListener('ambition-change', (event) => heard.push(event.detail.ambition));
    const input = root(board).querySelector<HTMLInputElement>('input[type="range"]');
    if (!input) throw new Error('no range control');
    expect(root(board).querySelector(`label[for="${input.id}"]`)?.textContent).toBe(
      'Ambition (ønsket sandsynlighed)',
    );
    expect([input.min, input.max, input.step]).toEqual(['50', '95', '5']);
    input.value = '90';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await board.updateComplete;
    expect(heard).toEqual([0.9]);
    expect(input.getAttribute('aria-valuetext')).toBe('90\u00a0%');
    expect(cells(board, '1')[5]).toBe('≤ 454');
    expect(root(board).querySelector('thead th:nth-child(6)')?.textContent).toContain('90\u00a0%');
  });

  test('draws a sparkline per simulated row and none for the unsimulated one', async () => {
    const board = await mountBoard();
    const sparklines = root(board).querySelectorAll('svg.sparkline');
    expect(sparklines).toHaveLength(2);
    expect(sparklines[0]?.querySelector('title')?.textContent).toContain('median 435');
  });

  test('switches to English on a locale change, with Danish as the fallback for untranslated texts', async () => {
    const board = await mountBoard();
    setLocale('en');
    await board.updateComplete;
    expect(root(board).querySelector('thead th:nth-child(4)')?.textContent).toBe('Resultatniveau');
    expect(root(board).querySelector('tr[data-id="1"] .name')?.textContent).toBe(
      'Young people under 30 on public support',
    );
    expect(cells(board, '1')[4]).toBe('30% ± 1.5% ! Very ambitious');
    expect(root(board).querySelector('tr[data-id="2a"] .name')?.textContent).toBe(
      'Ressourceforløbsydelse (følges)',
    );
  });

  test('each of the core’s four verdicts has its own word and badge class', async () => {
    const board = await mountBoard();
    const first = BOARD_ROWS[0];
    if (!first || first.result.status !== 'simulated') throw new Error('fixture row 1 is simulated');
    const words: string[] = [];
    for (const verdict of ['safe', 'realistic', 'veryAmbitious', 'unrealistic'] as const) {
      board.rows = [{ ...first, result: { ...first.result, verdict } }];
      await board.updateComplete;
      const badge = root(board).querySelector(`.verdict-${verdict}`);
      words.push(badge?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }
    expect(words).toEqual(['✓ Sikkert', '◎ Ambitiøst og realistisk', '! Meget ambitiøst', '✕ Urealistisk']);
  });

  test('stale rows (a new run is starting) mark the table busy', async () => {
    const board = await mountBoard();
    expect(root(board).querySelector('table')?.getAttribute('aria-busy')).toBe('false');
    board.stale = true;
    await board.updateComplete;
    expect(root(board).querySelector('table')?.getAttribute('aria-busy')).toBe('true');
  });

  test('an empty board says there is nothing to show', async () => {
    const board = document.createElement('maalbar-target-board');
    document.body.append(board);
    await board.updateComplete;
    expect(root(board).querySelector('tbody')?.textContent?.trim()).toBe('Ingen mål at vise.');
  });
});
