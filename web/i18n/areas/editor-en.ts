/** English strings of the editor area, typed against the Danish keys (a missing key is a type error). */
import type { editorDa } from './editor-da.ts';

export const editorEn: Record<keyof typeof editorDa, string> = {};
