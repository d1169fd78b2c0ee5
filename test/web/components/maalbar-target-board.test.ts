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
    expect(shadow.querySelectorAll('thead th[scope="col"]')).toHaveLength(8);
    expect(shadow.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(shadow.querySelector('tr[data-id="1"] th[scope="row"]')?.textContent).toBe(
      'Unge under 30 år på offentlig forsørgelse',
    );
  });

  test('a simulated row shows baseline, level, P(reach) with a worded verdict and the level at 80 %', async () => {
    const board = await mountBoard();
    const [nr, , baseline, level, pReach, reachable] = cells(board, '1');
    expect(nr).toBe('1');
    expect(baseline).toBe('535dec. 2013');
    expect(level).toBe('≤ 428dec. 2015');
    expect(pReach).toBe('30 % ✕ Urealistisk');
    expect(reachable).toBe('≤ 447');
    const badge = root(board).querySelector('tr[data-id="1"] .verdict');
    expect(badge?.classList.contains('verdict-unrealistic')).toBe(true);
    // The icon is decoration; the word carries the meaning for screen readers and without colour.
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
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

  test('an inconsistency in the source is flagged with a visible marker and words', async () => {
    const board = await mountBoard();
    const note = root(board).querySelector('tr[data-id="1"] .note-inconsistency');
    expect(note?.querySelector('.marker')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '⚠ Uoverensstemmelse i kilden:',
    );
    expect(note?.textContent).toContain('34/243 er 14 %');
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
    expect(cells(board, '1')[1]).toBe('Young people under 30 on public support');
    expect(cells(board, '1')[4]).toBe('30% ✕ Unrealistic');
    expect(cells(board, '2a')[1]).toBe('Ressourceforløbsydelse (følges)');
  });

  test('an empty board says there is nothing to show', async () => {
    const board = document.createElement('maalbar-target-board');
    document.body.append(board);
    await board.updateComplete;
    expect(root(board).querySelector('tbody')?.textContent?.trim()).toBe('Ingen mål at vise.');
  });
});
