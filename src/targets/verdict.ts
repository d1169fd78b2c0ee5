import type { LocalText } from '../rules/facts.ts';
import { DEFAULT_VERDICTS, type VerdictThresholds } from '../scenario/scenario.ts';

/** The verdict bands on P(reach), from the most to the least likely. */
export const VERDICTS = ['safe', 'realistic', 'veryAmbitious', 'unrealistic'] as const;
export type VerdictId = (typeof VERDICTS)[number];

export const VERDICT_LABELS: { readonly [V in VerdictId]: LocalText } = {
  safe: { da: 'sikkert', en: 'safe' },
  realistic: { da: 'ambitiøst og realistisk', en: 'ambitious and realistic' },
  veryAmbitious: { da: 'meget ambitiøst', en: 'very ambitious' },
  unrealistic: { da: 'urealistisk', en: 'unrealistic' },
};

export interface Verdict {
  id: VerdictId;
  label: LocalText;
}

/**
 * The band of a P(reach): ≥ safe (0.9) "sikkert", ≥ realistic (0.5) "ambitiøst og realistisk", ≥ veryAmbitious
 * (0.2) "meget ambitiøst", below "urealistisk". A probability on a threshold belongs to the higher band.
 * `verdict(0.7).label.da` → "ambitiøst og realistisk".
 */
export function verdict(p: number, thresholds: VerdictThresholds = DEFAULT_VERDICTS): Verdict {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`verdict needs a probability 0 ≤ p ≤ 1, got ${p}`);
  const { safe, realistic, veryAmbitious } = thresholds;
  if (!(veryAmbitious <= realistic && realistic <= safe)) {
    throw new RangeError(
      `verdict thresholds must satisfy veryAmbitious ≤ realistic ≤ safe, got ${veryAmbitious}, ${realistic}, ${safe}`,
    );
  }
  const id: VerdictId =
    p >= safe ? 'safe' : p >= realistic ? 'realistic' : p >= veryAmbitious ? 'veryAmbitious' : 'unrealistic';
  return { id, label: VERDICT_LABELS[id] };
}
