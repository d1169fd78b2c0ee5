/**
 * One JSON-stat dataset (2.0, or a 1.x dataset as Danmarks Statistik's API returns it) → a long table. The
 * cube's cells are in row-major order over `id` (the last dimension varies fastest); `value` and `status` are
 * arrays, or objects keyed by cell index ("sparse"); a category `index` is an array of ids or an object
 * id → position, and may be left out for a single category. The time dimension (role "time", or called
 * Tid/time/period…) becomes the row's period; the others are the row's keys, by dimension id.
 */
import { jsonPointer } from '../rules/locate-json-pointer.ts';
import { IO_MESSAGES } from './io-messages.ts';
import { isJsonObject, type JsonObject, type JsonSource, jsonText } from './json-source.ts';
import type { LongRow, LongTable, Period } from './long-table.ts';
import { parsePeriod } from './parse-period.ts';
import { isTimeName } from './time-names.ts';

interface Dimension {
  id: string;
  /** Category ids in position order and their labels. */
  ids: string[];
  labels: string[];
  /** Where each category is given (its index entry, or its label when there is no index). */
  categoryPointers: string[];
}

const child = (pointer: string, ...keys: (string | number)[]): string => pointer + jsonPointer(keys);

/** The categories of one dimension in position order, or undefined after reporting why not. */
function readDimension(
  id: string,
  definition: unknown,
  size: number,
  pointer: string,
  source: JsonSource,
): Dimension | undefined {
  const category = isJsonObject(definition) ? definition['category'] : undefined;
  if (!isJsonObject(category)) {
    source.error(pointer, IO_MESSAGES.jsonStatNoCategory(id));
    return undefined;
  }
  const labelsObject = isJsonObject(category['label']) ? category['label'] : {};
  const index = category['index'];
  const indexPointer = child(pointer, 'category', 'index');
  let ids: string[];
  let categoryPointers: (position: number) => string;
  if (Array.isArray(index)) {
    ids = index.map(jsonText);
    categoryPointers = (position) => child(indexPointer, position);
  } else if (isJsonObject(index)) {
    categoryPointers = (position) => child(indexPointer, ids[position] ?? '');
    ids = [];
    for (const [categoryId, position] of Object.entries(index)) {
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= size) {
        source.error(child(pointer, 'category', 'index', categoryId), IO_MESSAGES.jsonStatBadPosition(size));
        return undefined;
      }
      if (ids[position] !== undefined) {
        source.error(
          child(pointer, 'category', 'index', categoryId),
          IO_MESSAGES.jsonStatSamePosition(position),
        );
        return undefined;
      }
      ids[position] = categoryId;
    }
  } else {
    // Without an index, the label keys are the categories (JSON-stat allows it for one category).
    ids = Object.keys(labelsObject);
    categoryPointers = (position) => child(pointer, 'category', 'label', ids[position] ?? '');
  }
  if (ids.length !== size || ids.some((entry) => entry === undefined)) {
    source.error(child(pointer, 'category'), IO_MESSAGES.jsonStatCategoryCount(id, ids.length, size));
    return undefined;
  }
  const labels = ids.map((categoryId) => {
    const label = labelsObject[categoryId];
    return typeof label === 'string' ? label : categoryId;
  });
  return { id, ids, labels, categoryPointers: ids.map((_, position) => categoryPointers(position)) };
}

/** The time dimension: role.time, else a dimension named like time, else one whose categories are periods. */
function timeDimension(dimensions: Dimension[], role: unknown): Dimension | undefined {
  const timeIds = isJsonObject(role) && Array.isArray(role['time']) ? role['time'] : [];
  return (
    dimensions.find((dimension) => timeIds.includes(dimension.id)) ??
    dimensions.find((dimension) => isTimeName(dimension.id)) ??
    dimensions.find((dimension) => dimension.ids.every((id) => parsePeriod(id) !== undefined))
  );
}

/** A value or status that is an array or an object keyed by cell index → [index, entry, pointer] triples. */
function cells(
  holder: unknown,
  total: number,
  pointer: string,
  source: JsonSource,
): [number, unknown, string][] | undefined {
  if (Array.isArray(holder)) {
    if (holder.length !== total) {
      source.error(pointer, IO_MESSAGES.jsonStatValueCount(holder.length, total));
      return undefined;
    }
    return holder.map((entry, index) => [index, entry, child(pointer, index)]);
  }
  if (isJsonObject(holder)) {
    const entries: [number, unknown, string][] = [];
    for (const [key, entry] of Object.entries(holder)) {
      const index = Number(key);
      if (!/^(0|[1-9]\d*)$/.test(key) || index >= total) {
        source.error(child(pointer, key), IO_MESSAGES.jsonStatBadCellIndex(key, total));
        return undefined;
      }
      entries.push([index, entry, child(pointer, key)]);
    }
    return entries.sort((a, b) => a[0] - b[0]);
  }
  return undefined;
}

/** The status of every cell that has one: a string for all cells, an array, or a sparse object. */
function readStatus(
  status: unknown,
  total: number,
  pointer: string,
  source: JsonSource,
): Map<number, string> {
  const byCell = new Map<number, string>();
  if (status === undefined || status === null) return byCell;
  if (typeof status === 'string') {
    for (let index = 0; index < total; index++) byCell.set(index, status);
    return byCell;
  }
  const entries = cells(status, total, pointer, source);
  if (!entries) {
    if (!Array.isArray(status) && !isJsonObject(status))
      source.error(pointer, IO_MESSAGES.jsonStatStatusShape());
    return byCell;
  }
  for (const [index, entry, entryPointer] of entries) {
    if (typeof entry === 'string') byCell.set(index, entry);
    else if (entry !== null) source.error(entryPointer, IO_MESSAGES.jsonStatStatusShape());
  }
  return byCell;
}

/** Reads the dataset at `pointer`; undefined when it has an error (reported). */
export function readJsonStatDataset(
  dataset: JsonObject,
  pointer: string,
  source: JsonSource,
): LongTable | undefined {
  const dimensionObject = dataset['dimension'];
  if (!isJsonObject(dimensionObject)) {
    source.error(pointer, IO_MESSAGES.jsonStatMissing('dimension'));
    return undefined;
  }
  // JSON-stat 2.0 keeps id, size and role on the dataset; 1.x inside "dimension".
  const version1 = dataset['id'] === undefined && dimensionObject['id'] !== undefined;
  const holder = version1 ? dimensionObject : dataset;
  const holderPointer = version1 ? child(pointer, 'dimension') : pointer;
  const ids = holder['id'];
  const sizes = holder['size'];
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) {
    source.error(child(holderPointer, 'id'), IO_MESSAGES.jsonStatIdShape());
    return undefined;
  }
  if (
    !Array.isArray(sizes) ||
    sizes.length !== ids.length ||
    !sizes.every((size): size is number => typeof size === 'number' && Number.isInteger(size) && size >= 0)
  ) {
    source.error(child(holderPointer, 'size'), IO_MESSAGES.jsonStatSizeShape(ids.length));
    return undefined;
  }
  const dimensions: Dimension[] = [];
  for (const [k, id] of ids.entries()) {
    const dimensionPointer = child(pointer, 'dimension', id);
    if (!(id in dimensionObject)) {
      source.error(child(holderPointer, 'id', k), IO_MESSAGES.jsonStatUnknownDimension(id));
      return undefined;
    }
    const dimension = readDimension(id, dimensionObject[id], sizes[k] ?? 0, dimensionPointer, source);
    if (!dimension) return undefined;
    dimensions.push(dimension);
  }
  const time = timeDimension(dimensions, holder['role']);
  if (!time) {
    source.error(child(holderPointer, 'id'), IO_MESSAGES.noTimeDimension(), IO_MESSAGES.jsonStatTimeHint());
    return undefined;
  }
  const periods: Period[] = [];
  for (const [position, id] of time.ids.entries()) {
    const period = parsePeriod(id) ?? parsePeriod(time.labels[position] ?? '');
    if (!period) {
      source.error(
        time.categoryPointers[position] ?? '',
        IO_MESSAGES.notAPeriod(id),
        IO_MESSAGES.periodHint(),
      );
      return undefined;
    }
    periods.push(period);
  }

  const total = sizes.reduce((product, size) => product * size, 1);
  const valuePointer = child(pointer, 'value');
  const values = cells(dataset['value'], total, valuePointer, source);
  if (!values) {
    if (!Array.isArray(dataset['value'])) source.error(pointer, IO_MESSAGES.jsonStatMissing('value'));
    return undefined;
  }
  const statuses = readStatus(dataset['status'], total, child(pointer, 'status'), source);
  const keyDimensions = dimensions.filter((dimension) => dimension !== time);
  const keyIndices = keyDimensions.map((dimension) => dimensions.indexOf(dimension));
  const timeIndex = dimensions.indexOf(time);
  const rows: LongRow[] = [];
  let bad = false;
  for (const [index, entry, entryPointer] of values) {
    if (entry !== null && (typeof entry !== 'number' || !Number.isFinite(entry))) {
      source.error(entryPointer, IO_MESSAGES.jsonStatValueNotNumber(entry));
      bad = true;
      continue;
    }
    // Mixed-radix digits of the cell index: the last dimension varies fastest.
    const positions: number[] = new Array<number>(dimensions.length);
    let rest = index;
    for (let k = dimensions.length - 1; k >= 0; k--) {
      const size = sizes[k] ?? 1;
      positions[k] = rest % size;
      rest = Math.floor(rest / size);
    }
    // No prototype: a dimension named "__proto__" or "constructor" stays an ordinary key (fuzz-found).
    const keys: { [dimension: string]: string } = Object.create(null) as { [dimension: string]: string };
    keyDimensions.forEach((dimension, k) => {
      keys[dimension.id] = dimension.labels[positions[keyIndices[k] ?? 0] ?? 0] ?? '';
    });
    const period = periods[positions[timeIndex] ?? 0];
    if (!period) continue;
    const row: LongRow = { keys, period, value: entry };
    const status = statuses.get(index);
    if (status !== undefined) row.status = status;
    rows.push(row);
  }
  if (bad) return undefined;
  const table: LongTable = { dimensions: keyDimensions.map((dimension) => dimension.id), rows };
  if (typeof dataset['label'] === 'string') table.title = dataset['label'];
  return table;
}
