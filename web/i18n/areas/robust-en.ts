/** English strings of the robust area, typed against the Danish keys (a missing key is a type error). */
import type { robustDa } from './robust-da.ts';

export const robustEn: Record<keyof typeof robustDa, string> = {
  'robust.worker.restarted':
    'A simulation worker stopped unexpectedly and was restarted. The run goes on, and the numbers will be the same.',
  'robust.worker.gaveUp':
    'The simulation stopped: {crashes} simulation workers in a row stopped unexpectedly, so Målbar does not retry by itself. Change a setting to try again, or reload the page – your work is in the link.',
  'robust.autosave.full':
    'The browser’s storage is full, so your changes are not saved automatically. Nothing is lost while the page is open: copy the share link or export the scenario to keep them.',
  'robust.autosave.unavailable':
    'The browser does not let Målbar save here (e.g. a private window), so your changes are not saved automatically. Copy the share link or export the scenario to keep them.',
  'robust.autosave.failed':
    'The browser could not save your changes automatically. Nothing is lost while the page is open: copy the share link or export the scenario to keep them.',
  'robust.autosave.export': 'Export the scenario (JSON)',
};
