// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../../web/components/maalbar-share/maalbar-share.ts';

const LINK = 'http://127.0.0.1:5173/#/maalbord?s=zq1YqswQ';

async function mount() {
  const element = document.createElement('maalbar-share');
  element.href = LINK;
  document.body.append(element);
  await element.updateComplete;
  if (!element.shadowRoot) throw new Error('renders into a shadow root');
  return { element, shadow: element.shadowRoot };
}

describe('<maalbar-share>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  test('shows the link in a labelled read-only field', async () => {
    const { shadow } = await mount();
    const input = shadow.querySelector<HTMLInputElement>('#share-link');
    expect(input?.value).toBe(LINK);
    expect(input?.readOnly).toBe(true);
    expect(shadow.querySelector('label[for="share-link"]')?.textContent).toBe(
      'Link til netop dette scenarie',
    );
  });

  test('the copy button copies the link and says so; a refused copy says what to do', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (text: string) => void written.push(text) };
    vi.stubGlobal('navigator', { ...navigator, clipboard });
    const { element, shadow } = await mount();
    shadow.querySelector('button')?.click();
    await vi.waitFor(() => expect(written).toEqual([LINK]));
    await element.updateComplete;
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Linket er kopieret.');
    clipboard.writeText = () => Promise.reject(new Error('denied'));
    shadow.querySelector('button')?.click();
    await vi.waitFor(() =>
      expect(shadow.querySelector('[role="status"]')?.textContent).toContain('kunne ikke kopieres'),
    );
  });
});
