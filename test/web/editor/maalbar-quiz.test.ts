// @vitest-environment happy-dom
/**
 * `<maalbar-quiz>`: a seeded round asks questions, an answer is scored and revealed with the rule's
 * explanation tree, and the last answer ends the round with the score.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/components/maalbar-quiz/maalbar-quiz.ts';
import type { MaalbarQuiz } from '../../../web/components/maalbar-quiz/maalbar-quiz.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';

const root = (element: MaalbarQuiz): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('renders into a shadow root');
  return element.shadowRoot;
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first item of the reveal's explanation tree (inside <maalbar-explain-tree>). */
const treeItem = (element: MaalbarQuiz) =>
  root(element).querySelector('maalbar-explain-tree')?.shadowRoot?.querySelector('.tree li') ?? null;

async function mount(count: number): Promise<MaalbarQuiz> {
  const element = document.createElement('maalbar-quiz');
  element.seed = 42;
  element.count = count;
  document.body.append(element);
  await vi.waitFor(() => expect(root(element).querySelector('#quiz-question')).not.toBeNull(), {
    timeout: 20000,
  });
  return element;
}

describe('<maalbar-quiz>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  it('asks, scores an answer, reveals the explanation and ends the round with the score', async () => {
    const element = await mount(2);
    expect(text(root(element).querySelector('#quiz-score'))).toBe(
      'Spørgsmål 1 af 2 · 0 rigtige af 0 besvarede',
    );
    expect(text(root(element).querySelector('#quiz-question'))).toMatch(
      /^(Tæller personen med|Gælder reglen)/,
    );
    root(element).querySelector<HTMLButtonElement>('#quiz-yes')?.click();
    await vi.waitFor(() => expect(treeItem(element)).not.toBeNull());
    expect(text(root(element).querySelector('#quiz-feedback'))).toMatch(
      /^(Rigtigt!|Forkert – svaret er nej\.)$/,
    );
    expect(text(root(element).querySelector('#quiz-score'))).toMatch(/[01] rigtige af 1 besvarede/);
    expect(root(element).querySelector<HTMLButtonElement>('#quiz-yes')?.disabled).toBe(true);
    root(element).querySelector<HTMLButtonElement>('#quiz-next')?.click();
    await element.updateComplete;
    expect(text(root(element).querySelector('#quiz-score'))).toMatch(/^Spørgsmål 2 af 2/);
    // Every second question is a month of a persona's stepped path (src/training/quiz.ts).
    expect(root(element).querySelector('.who strong')).not.toBeNull();
    root(element).querySelector<HTMLButtonElement>('#quiz-no')?.click();
    await element.updateComplete;
    expect(text(root(element).querySelector('.done'))).toMatch(/^Runden er slut: [012] af 2 rigtige\.$/);
  });

  it('asks the same questions for the same seed', async () => {
    const first = text(root(await mount(3)).querySelector('#quiz-question'));
    document.body.replaceChildren();
    expect(text(root(await mount(3)).querySelector('#quiz-question'))).toBe(first);
  });

  it('keeps the round, the score and the explanation when the tab is left and opened again', async () => {
    const element = await mount(4);
    root(element).querySelector<HTMLButtonElement>('#quiz-no')?.click();
    await element.updateComplete;
    const score = text(root(element).querySelector('#quiz-score'));
    element.remove();
    const again = await mount(4);
    expect(text(root(again).querySelector('#quiz-score'))).toBe(score);
    await vi.waitFor(() => expect(treeItem(again)).not.toBeNull());
  });
});
