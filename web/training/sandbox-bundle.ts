/**
 * The sandbox copy of the rule set: the app's bundle with one file's text replaced by the edited text. Its
 * fingerprint differs from the original's whenever the text does, so the workers load the edited rules.
 */
import { ruleBundle, type RuleBundle } from '../bundle/bundled-rules.ts';

/** `sandboxBundle(BUNDLED_RULES, 'rules/reforms/x.json', edited)` → a bundle with x.json replaced (or added). */
export function sandboxBundle(bundle: RuleBundle, path: string, text: string): RuleBundle {
  const raw: Record<string, string> = {};
  for (const file of bundle.files) raw[file.path] = file.text;
  raw[path] = text;
  return ruleBundle(raw);
}
