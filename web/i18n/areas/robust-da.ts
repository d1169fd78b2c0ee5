/**
 * Danish strings of the robust area. Kept in its own table so that areas can grow independently;
 * strings-da.ts spreads it into the one Danish table (keys must be unique across areas).
 */
export const robustDa = {} satisfies Record<string, string>;
