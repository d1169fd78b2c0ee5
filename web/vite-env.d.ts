/// <reference types="vite/client" />
// Vite's client types (import.meta.glob, `?raw` imports, `new URL(…, import.meta.url)` workers) for web/ only;
// tsconfig.json's `types` lists node alone, so the browser code pulls these in here.
