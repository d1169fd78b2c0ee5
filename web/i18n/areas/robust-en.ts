/** English strings of the robust area, typed against the Danish keys (a missing key is a type error). */
import type { robustDa } from './robust-da.ts';

export const robustEn: Record<keyof typeof robustDa, string> = {};
