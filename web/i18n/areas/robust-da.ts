/**
 * Danish strings of the robust area. Kept in its own table so that areas can grow independently;
 * strings-da.ts spreads it into the one Danish table (keys must be unique across areas).
 */
export const robustDa = {
  'robust.worker.restarted':
    'En beregningsproces stoppede uventet og er genstartet. Beregningen fortsætter, og tallene bliver de samme.',
  'robust.worker.gaveUp':
    'Beregningen er stoppet: {crashes} beregningsprocesser i træk stoppede uventet, så Målbar prøver ikke igen af sig selv. Ændr en indstilling for at prøve igen, eller genindlæs siden – dit arbejde ligger i linket.',
  'robust.autosave.full':
    'Browserens lager er fuldt, så dine ændringer gemmes ikke automatisk. Intet er tabt, mens siden er åben: kopiér delingslinket eller eksportér scenariet for at beholde dem.',
  'robust.autosave.unavailable':
    'Browseren tillader ikke, at Målbar gemmer her (fx et privat vindue), så dine ændringer gemmes ikke automatisk. Kopiér delingslinket eller eksportér scenariet for at beholde dem.',
  'robust.autosave.failed':
    'Browseren kunne ikke gemme dine ændringer automatisk. Intet er tabt, mens siden er åben: kopiér delingslinket eller eksportér scenariet for at beholde dem.',
  'robust.autosave.export': 'Eksportér scenariet (JSON)',
} satisfies Record<string, string>;
