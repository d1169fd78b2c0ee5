/** The rule editor's picker: one select of the rule files, grouped as the repository is (indicators, reforms). */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/t.ts';
import type { RuleChoice } from '../../training/rule-choices.ts';

/** `renderRulePicker(ruleChoices(bundle, 'da'), path, (next) => …)` → a labelled `<select id="rule-select">`. */
export function renderRulePicker(
  choices: readonly RuleChoice[],
  path: string,
  onPick: (path: string) => void,
): TemplateResult {
  const groups = [...new Set(choices.map((choice) => choice.group))];
  return html`<label>
    ${t('editor.pickRule')}
    <select id="rule-select" @change=${(event: Event) => onPick((event.target as HTMLSelectElement).value)}>
      ${groups.map(
        (group) =>
          html`<optgroup label=${groupLabel(group)}>
            ${choices
              .filter((choice) => choice.group === group)
              .map(
                (choice) =>
                  html`<option value=${choice.path} ?selected=${choice.path === path}>
                    ${choice.title}
                  </option>`,
              )}
          </optgroup>`,
      )}
    </select>
  </label>`;
}

function groupLabel(group: string): string {
  if (group === 'indicators') return t('editor.group.indicators');
  if (group === 'reforms') return t('editor.group.reforms');
  return group;
}
