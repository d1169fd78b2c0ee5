// Placeholder entry until the browser app lands: shows how many rules the core can load.
import { FACT_NAMES } from '../src/rules/facts.ts';

const status = document.getElementById('status');
if (status) status.textContent = `Målbar er under opbygning. Faktaordforråd: ${FACT_NAMES.length} fakta.`;
