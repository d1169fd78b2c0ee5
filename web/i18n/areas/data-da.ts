/**
 * Danish strings of the data area. Kept in its own table so that areas can grow independently;
 * strings-da.ts spreads it into the one Danish table (keys must be unique across areas).
 */
export const dataDa = {} satisfies Record<string, string>;
