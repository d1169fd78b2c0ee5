/** English strings of the training area, typed against the Danish keys (a missing key is a type error). */
import type { trainingDa } from './training-da.ts';

export const trainingEn: Record<keyof typeof trainingDa, string> = {};
