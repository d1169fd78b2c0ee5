/** English strings of the data area, typed against the Danish keys (a missing key is a type error). */
import type { dataDa } from './data-da.ts';

export const dataEn: Record<keyof typeof dataDa, string> = {};
