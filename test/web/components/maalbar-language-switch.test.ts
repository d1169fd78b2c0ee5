// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-language-switch/maalbar-language-switch.ts';
import { getLocale, setLocale } from '../../../web/i18n/locale-store.ts';
import type { Locale } from '../../../web/i18n/locales.ts';

async function mountSwitch() {
  const element = document.createElement('maalbar-language-switch');
  document.body.append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('renders into a shadow root');
  const button = (lang: Locale): HTMLButtonElement => {
    const found = shadow.querySelector<HTMLButtonElement>(`button[lang="${lang}"]`);
    if (!found) throw new Error(`no ${lang} button`);
    return found;
  };
  return { element, shadow, button };
}

describe('<maalbar-language-switch>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('a labelled group of toggle buttons with Danish pressed by default', async () => {
    const { shadow, button } = await mountSwitch();
    const group = shadow.querySelector('[role="group"]');
    expect(shadow.getElementById(group?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Sprog');
    expect(button('da').getAttribute('aria-pressed')).toBe('true');
    expect(button('en').getAttribute('aria-pressed')).toBe('false');
    expect(button('en').textContent?.trim()).toBe('English');
  });

  test('clicking English switches the locale, emits locale-change and relabels itself', async () => {
    const { element, shadow, button } = await mountSwitch();
    const heard: Locale[] = [];
    document.body.addEventListener('locale-change', (event) => heard.push(event.detail.locale));
    button('en').click();
    await element.updateComplete;
    expect(getLocale()).toBe('en');
    expect(heard).toEqual(['en']);
    expect(button('en').getAttribute('aria-pressed')).toBe('true');
    expect(shadow.querySelector('.label')?.textContent).toBe('Language');
  });

  test('clicking the current language does nothing', async () => {
    const { button } = await mountSwitch();
    const heard: Locale[] = [];
    document.body.addEventListener('locale-change', (event) => heard.push(event.detail.locale));
    button('da').click();
    expect(heard).toEqual([]);
  });
});
