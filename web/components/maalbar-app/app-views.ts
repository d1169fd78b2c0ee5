/**
 * The app's views and their addresses (`#/maalbord`, `#/fremskrivning`…). Slugs are Danish, ASCII-folded, so a
 * shared link reads naturally to a Danish user.
 */
import type { StringKey } from '../../i18n/t.ts';

export const APP_VIEWS = [
  { id: 'board', slug: 'maalbord', label: 'nav.board' },
  { id: 'projection', slug: 'fremskrivning', label: 'nav.projection' },
  { id: 'compare', slug: 'sammenlign', label: 'nav.compare' },
  { id: 'report', slug: 'rapport', label: 'nav.report' },
  { id: 'training', slug: 'traening', label: 'nav.training' },
  { id: 'data', slug: 'data', label: 'data.nav' },
] as const satisfies readonly { id: string; slug: string; label: StringKey }[];

export type AppView = (typeof APP_VIEWS)[number]['id'];

/** The view a location hash asks for; the board for an empty or unknown hash. */
export function viewFromHash(hash: string): AppView {
  const slug = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return APP_VIEWS.find((view) => view.slug === slug)?.id ?? 'board';
}
