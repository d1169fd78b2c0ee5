/**
 * JSON-stat import: a 2.0 dataset (`"class": "dataset"`), a 2.0 collection of embedded datasets, or a 1.x
 * response — Danmarks Statistik's API answers `{"dataset": {...}}`, and a 1.x bundle holds several datasets by
 * name. Written by hand (the format is small); `status` flags are kept per cell. Several datasets become one
 * table with a "dataset" dimension (their label, else their name).
 */
import { jsonPointer } from '../rules/locate-json-pointer.ts';
import { FILE_START } from './import-log.ts';
import { IO_MESSAGES } from './io-messages.ts';
import { isJsonObject, type JsonObject, type JsonSource, jsonText, readJsonSource } from './json-source.ts';
import { readJsonStatDataset } from './json-stat-dataset.ts';
import type { ImportOptions, ImportResult } from './long-table.ts';
import { mergeTables, type NamedTable } from './merge-tables.ts';

/** The dimension that tells datasets apart when a file holds several. */
export const DATASET_DIMENSION = 'dataset';

interface FoundDataset {
  name: string;
  pointer: string;
  dataset: JsonObject;
}

/** A dataset is an object with "dimension" and "value" (1.x has no class). */
const isDataset = (value: unknown): value is JsonObject =>
  isJsonObject(value) && isJsonObject(value['dimension']) && 'value' in value;

function findDatasets(source: JsonSource): FoundDataset[] {
  const root = source.value;
  if (!isJsonObject(root)) {
    source.error('', IO_MESSAGES.notJsonStat(), IO_MESSAGES.notJsonStatHint());
    return [];
  }
  const kind = root['class'];
  if (kind === 'dataset' || (kind === undefined && isDataset(root)))
    return [{ name: '', pointer: '', dataset: root }];
  if (kind === 'dimension') {
    source.error('/class', IO_MESSAGES.jsonStatDimensionOnly());
    return [];
  }
  const found: FoundDataset[] = [];
  if (kind === 'collection') {
    const items = isJsonObject(root['link']) ? root['link']['item'] : undefined;
    if (Array.isArray(items)) {
      items.forEach((item, index) => {
        const pointer = jsonPointer(['link', 'item', index]);
        if (isDataset(item)) found.push({ name: String(index + 1), pointer, dataset: item });
        else if (isJsonObject(item) && item['class'] === 'dataset')
          source.warning(pointer, IO_MESSAGES.jsonStatNotEmbedded(jsonText(item['href'])));
      });
    }
  } else {
    // A 1.x response or bundle: every member that is a dataset.
    for (const [name, value] of Object.entries(root)) {
      if (isDataset(value)) found.push({ name, pointer: jsonPointer([name]), dataset: value });
    }
  }
  if (found.length === 0) source.error('', IO_MESSAGES.notJsonStat(), IO_MESSAGES.notJsonStatHint());
  return found;
}

/**
 * Imports a JSON-stat file (bytes in any encoding decodeText reads, or text).
 *
 * @example importJsonStat(dstResponse, { file: "auk01.json" }).table?.rows[0]
 *   // { keys: { OMRÅDE: "Lyngby-Taarbæk", … }, period: { kind: "month", start: "2013-12" }, value: 91 }
 */
export function importJsonStat(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const { log, source } = readJsonSource(input, options);
  if (source) {
    const parts: NamedTable[] = [];
    for (const { name, pointer, dataset } of findDatasets(source)) {
      const table = readJsonStatDataset(dataset, pointer, source);
      if (table) parts.push({ name: table.title ?? name, table });
    }
    if (!log.hasErrors && parts.length > 0) {
      return { table: mergeTables(parts, DATASET_DIMENSION), ...log.result() };
    }
  }
  if (!log.hasErrors) log.error(FILE_START, '', IO_MESSAGES.notJsonStat(), IO_MESSAGES.notJsonStatHint());
  return log.result();
}
