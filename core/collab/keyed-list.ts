/**
 * A list of records with stable ids, as Yjs can merge it: the records in a
 * Y.Map by id, their order in a Y.Array of ids. Yjs has no move; moving a
 * Y.Map inside a Y.Array would copy it and lose what someone else typed in
 * it meanwhile, so a move here moves only the id. Two people moving the same
 * record leave its id twice in the order; the first one counts.
 */
import * as Y from 'yjs';

export interface KeyedList {
  byId: Y.Map<unknown>;
  order: Y.Array<string>;
}

export function rootKeyedList(doc: Y.Doc, name: string): KeyedList {
  return { byId: doc.getMap(name), order: doc.getArray(`${name}Order`) };
}

/** A keyed list stored under `name` in a parent map; created on first write. */
export function nestedKeyedList(parent: Y.Map<unknown>, name: string): KeyedList {
  let byId = parent.get(name) as Y.Map<unknown> | undefined;
  let order = parent.get(`${name}Order`) as Y.Array<string> | undefined;
  if (!byId) parent.set(name, (byId = new Y.Map()));
  if (!order) parent.set(`${name}Order`, (order = new Y.Array()));
  return { byId, order };
}

/** The keyed list under `name`, if the parent has one (reading never creates types). */
export function storedKeyedList(parent: Y.Map<unknown>, name: string): KeyedList | undefined {
  const byId = parent.get(name) as Y.Map<unknown> | undefined;
  const order = parent.get(`${name}Order`) as Y.Array<string> | undefined;
  return byId && order ? { byId, order } : undefined;
}

/** A keyed list for a record not yet in a document: its prelim types, to set on the parent. */
export function prelimKeyedList(parent: Y.Map<unknown>, name: string, entries: readonly [string, unknown][]): void {
  parent.set(name, new Y.Map(entries));
  const order = new Y.Array<string>();
  order.push(entries.map(([id]) => id));
  parent.set(`${name}Order`, order);
}

/** The ids in order: each once, and only those that still have a record. */
export function keyedIds(list: KeyedList | undefined): string[] {
  if (!list) return [];
  const seen = new Set<string>();
  for (const id of list.order.toArray()) if (!seen.has(id) && list.byId.has(id)) seen.add(id);
  return [...seen];
}

export interface KeyedWriter<T> {
  create(value: T): unknown;
  /** Brings an existing record up to `value`; a value returned replaces the record. */
  update(existing: unknown, value: T): unknown;
}

/** Brings a keyed list to `values`: records removed, added, updated in place, and the order fixed with few moves. */
export function syncKeyedList<T extends { id: string }>(list: KeyedList, values: readonly T[], writer: KeyedWriter<T>): void {
  const position = new Map(values.map((value, index) => [value.id, index]));
  const seen = new Set<string>();
  const order = list.order.toArray();
  const first = new Map<string, number>();
  order.forEach((id, i) => first.has(id) || first.set(id, i));
  for (let i = order.length - 1; i >= 0; i--) {
    // Walk from the end so the first of two copies of an id is the one kept.
    const id = order[i]!;
    if (!position.has(id) || first.get(id) !== i) list.order.delete(i, 1);
    else seen.add(id);
  }
  for (const id of [...list.byId.keys()]) if (!position.has(id)) list.byId.delete(id);
  for (const value of values) {
    const existing = list.byId.get(value.id);
    if (existing === undefined) list.byId.set(value.id, writer.create(value));
    else {
      const replacement = writer.update(existing, value);
      if (replacement !== undefined) list.byId.set(value.id, replacement);
    }
  }
  fixOrder(list.order, values.map((value) => value.id), position);
}

/** Keeps the longest run of ids already in the right order and moves only the others. */
function fixOrder(order: Y.Array<string>, ids: readonly string[], position: ReadonlyMap<string, number>): void {
  const current = order.toArray();
  const keep = longestIncreasingRun(current.map((id) => position.get(id)!));
  for (let i = current.length - 1; i >= 0; i--) if (!keep.has(i)) order.delete(i, 1);
  let j = 0;
  for (const id of ids) {
    if (j < order.length && order.get(j) === id) j++;
    else order.insert(j++, [id]);
  }
}

/** Indices of a longest strictly increasing subsequence (patience sorting, n log n). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < values[i]!) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}
