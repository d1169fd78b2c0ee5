/**
 * The label mapping Målbar ships with (default-label-mapping.json, checked when loaded: a broken default is a
 * bug, so it throws, and the test suite loads it).
 */
import type { LabelMapping } from './label-mapping.ts';
import { checkLabelMapping } from './check-label-mapping.ts';
import defaultMapping from './default-label-mapping.json' with { type: 'json' };

function loadDefault(): LabelMapping {
  const problems: string[] = [];
  const checked = checkLabelMapping(defaultMapping, (pointer, message) =>
    problems.push(`${pointer}: ${message.en}`),
  );
  if (!checked) throw new Error(`default-label-mapping.json is invalid: ${problems.join('; ')}`);
  return checked.mapping;
}

/** Danish labels of Jobindsats and Statistikbanken → ydelser and indicators. */
export const DEFAULT_LABEL_MAPPING: LabelMapping = loadDefault();
