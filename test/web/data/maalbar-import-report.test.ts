// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { LocatedError } from '../../../src/rules/located-error.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import '../../../web/components/maalbar-import-report/maalbar-import-report.ts';

const error = (line: number): LocatedError => ({
  file: 'p.csv',
  line,
  column: 13,
  pointer: `C${line}`,
  message: '"age" must be a whole number from 0 to 130, not "131"',
  hint: 'fix it',
  severity: 'error',
});

describe('<maalbar-import-report>', () => {
  it('lists located errors up to the limit, says how many more, and shows them all on request', async () => {
    setLocale('da');
    const report = document.createElement('maalbar-import-report');
    report.limit = 3;
    report.errors = Array.from({ length: 1237 }, (_, i) => error(i + 2));
    document.body.append(report);
    await report.updateComplete;
    const root = report.shadowRoot;
    const items = [...(root?.querySelectorAll('.errors li') ?? [])].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'p.csv:2:13 C2: "age" must be a whole number from 0 to 130, not "131" — fix it',
      'p.csv:3:13 C3: "age" must be a whole number from 0 to 130, not "131" — fix it',
      'p.csv:4:13 C4: "age" must be a whole number from 0 to 130, not "131" — fix it',
    ]);
    expect(root?.querySelector('h3')?.textContent).toBe('Fejl (1.237)');
    expect(root?.querySelector('.more')?.textContent).toContain('og 1.234 flere');
    root?.querySelector<HTMLButtonElement>('.more button')?.click();
    await report.updateComplete;
    expect(root?.querySelectorAll('.errors li')).toHaveLength(1237);
    report.remove();
  });
});
