/**
 * Labels compared as people mean them, not as they are typed: case, spacing, Unicode normal form and the
 * Danish letters (æ → ae, ø → oe, å → aa, as Målbar's identifiers are spelt) do not matter.
 */

/** `foldLabel("  Kontanthjælp ")` → "kontanthjaelp"; `foldLabel("Førtidspension")` → "foertidspension". */
export function foldLabel(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/\s+/g, ' ')
    .trim();
}
