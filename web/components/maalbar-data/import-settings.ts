/**
 * The Data view's import settings: the format (or detection), the missing-value policy of person files, the
 * small-cell threshold and the month of a person file without a month column. A new import uses them; a change
 * does not re-import by itself ("Importér igen" does).
 */
import { html } from 'lit';
import { IMPORT_FORMATS, type ImportFormat } from '../../../src/io/detect-format.ts';
import { MISSING_POLICIES, type MissingPolicy } from '../../../src/io/impute-facts.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../src/io/suppress-small-cells.ts';
import { t, type StringKey } from '../../i18n/t.ts';

export interface ImportSettings {
  format: ImportFormat | 'auto';
  missing: MissingPolicy;
  /** Counts below this are suppressed. */
  suppressBelow: number;
  /** "YYYY-MM" or "" (none). */
  month: string;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
  format: 'auto',
  missing: 'reject',
  suppressBelow: DEFAULT_SUPPRESSION_THRESHOLD,
  month: '',
};

export function renderImportSettings(settings: ImportSettings, onChange: (next: ImportSettings) => void) {
  const value = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<fieldset>
    <legend>${t('data.options')}</legend>
    <label
      >${t('data.format')}
      <select @change=${(e: Event) => onChange({ ...settings, format: value(e) as ImportFormat | 'auto' })}>
        ${(['auto', ...IMPORT_FORMATS] as const).map(
          (format) =>
            html`<option value=${format} ?selected=${format === settings.format}>
              ${t(`data.format.${format}` as StringKey)}
            </option>`,
        )}
      </select>
    </label>
    <label
      >${t('data.missing')}
      <select
        name="missing"
        @change=${(e: Event) => onChange({ ...settings, missing: value(e) as MissingPolicy })}
      >
        ${MISSING_POLICIES.map(
          (policy) =>
            html`<option value=${policy} ?selected=${policy === settings.missing}>
              ${t(`data.missing.${policy}` as StringKey)}
            </option>`,
        )}
      </select>
    </label>
    <label
      >${t('data.suppressBelow')}
      <input
        type="number"
        min="0"
        step="1"
        .value=${String(settings.suppressBelow)}
        @change=${(e: Event) => {
          const threshold = Number(value(e));
          const valid = Number.isSafeInteger(threshold) && threshold >= 0;
          onChange({ ...settings, suppressBelow: valid ? threshold : DEFAULT_SUPPRESSION_THRESHOLD });
        }}
      />
    </label>
    <label
      >${t('data.month')}
      <input
        type="month"
        .value=${settings.month}
        @change=${(e: Event) => onChange({ ...settings, month: value(e) })}
      />
    </label>
  </fieldset>`;
}
