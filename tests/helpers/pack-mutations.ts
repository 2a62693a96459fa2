/**
 * Seeded mutations of a valid .briefpack, for the fuzz test: the bytes, the
 * zip structure, the JSON structure and the JSON values. Mutant i of seed s
 * is always the same, so a failure can be replayed on its own.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type Rng = () => number;

/** mulberry32: small, fast and good enough to pick mutations. */
export function rng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator of mutant `index` of a run with `seed`. */
export function mutantRng(seed: number, index: number): Rng {
  return rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
}

const int = (random: Rng, n: number) => Math.floor(random() * n);
const pick = <T>(random: Rng, items: readonly T[]): T => items[int(random, items.length)]!;

export type MutationKind = 'bytes' | 'zip' | 'json-structure' | 'json-value';
export const MUTATION_KINDS: readonly MutationKind[] = ['bytes', 'zip', 'json-structure', 'json-value'];

function mutateBytes(bytes: Uint8Array, random: Rng): Uint8Array {
  let out = bytes.slice();
  for (let n = 1 + int(random, 4); n > 0; n--) {
    const at = int(random, out.length);
    switch (int(random, 5)) {
      case 0:
        out[at] = out[at]! ^ (1 << int(random, 8));
        break;
      case 1:
        out[at] = int(random, 256);
        break;
      case 2: {
        const length = 1 + int(random, 64);
        out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + length)]);
        break;
      }
      case 3: {
        const inserted = Array.from({ length: 1 + int(random, 16) }, () => int(random, 256));
        out = new Uint8Array([...out.subarray(0, at), ...inserted, ...out.subarray(at)]);
        break;
      }
      default:
        out = out.slice(0, at);
    }
    if (out.length === 0) break;
  }
  return out;
}

const ENTRY_NAMES = ['annexes/extra', 'annexes/', 'versions/v9.json', 'pack.json', '../escape', '/absolute', 'annexes/a\\b', 'mimetype', 'readme.txt'];

function mutateZip(bytes: Uint8Array, random: Rng): Uint8Array {
  const entries: Record<string, Uint8Array> = unzipSync(bytes);
  const names = Object.keys(entries);
  for (let n = 1 + int(random, 2); n > 0; n--) {
    const name = pick(random, names);
    switch (int(random, 6)) {
      case 0:
        delete entries[name];
        break;
      case 1: {
        const data = entries[name];
        delete entries[name];
        if (data) entries[pick(random, ENTRY_NAMES)] = data;
        break;
      }
      case 2:
        entries[pick(random, ENTRY_NAMES)] = strToU8(pick(random, ['', 'x', '{}', '%PDF-1.7\n%%EOF', '[]']));
        break;
      case 3: {
        // Another entry's content under this name (a version's pack.json as the pack, an annex as JSON).
        const other = entries[pick(random, names)];
        if (other) entries[name] = other;
        break;
      }
      case 4: {
        const data = entries[name];
        if (data) entries[name] = data.slice(0, int(random, data.length + 1));
        break;
      }
      default:
        // Now and then many empty entries, past the entry limit.
        if (random() < 0.3) for (let i = 0; i < 900 + int(random, 300); i++) entries[`junk/${i}`] = new Uint8Array();
    }
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level: random() < 0.7 ? 0 : 6 }];
  return zipSync(zippable);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

/** Every place in the JSON tree, found without recursion. */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const pending: Json[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      out.push({ parent: node, key });
      pending.push((node as Record<string | number, Json>)[key]!);
    }
  }
  return out;
}

/** An own property even for "__proto__", which plain assignment would take as the prototype. */
function own(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const get = (slot: Slot): Json => (slot.parent as Record<string | number, Json>)[slot.key]!;
const set = (slot: Slot, value: Json): void => {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
};

const STRINGS = [
  '',
  'x',
  '\ud800',
  'a\udc00b',
  '\u0000\u0007\u001b',
  '\u202eRTL',
  '👩‍👩‍👧 emoji',
  '<w:p>&amp;</w:p>]]>',
  'javascript:alert(1)',
  'https://example.org/',
  'mailto:a@b.c',
  '2025-02-13',
  '2025-02-13T10:00:00Z',
  'draft',
  'bulleted-list',
  'paragraph',
  'link',
  '__proto__',
  'x'.repeat(600),
  'Σ'.repeat(5_000),
];
const NUMBERS = [-1, 0, 1, 2, 3, 1.5, 1e21, 2 ** 53, 99_999];

function randomValue(random: Rng): Json {
  switch (int(random, 6)) {
    case 0:
    case 1:
      return pick(random, STRINGS);
    case 2:
      return pick(random, NUMBERS);
    case 3:
      return random() < 0.5;
    case 4:
      return null;
    default:
      return random() < 0.5 ? [] : {};
  }
}

function mutateStructure(root: Json, random: Rng): void {
  const all = slots(root);
  const slot = pick(random, all);
  const value = get(slot);
  switch (int(random, 8)) {
    case 0:
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      break;
    case 1:
      // A copy beside the original: two items, comments or annexes with one id.
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 0, structuredClone(value));
      else set(slot, [value, structuredClone(value)]);
      break;
    case 2:
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) own(value, pick(random, ['extra', '__proto__', 'constructor', 'type']), randomValue(random));
      else set(slot, { value });
      break;
    case 3:
      set(slot, pick(random, [{}, [], null, 'text', 0]) as Json);
      break;
    case 4: {
      // Another subtree here (a block where an inline belongs, an item where a block does).
      set(slot, structuredClone(get(pick(random, all))));
      break;
    }
    case 5:
      // Spliced in as text after stringifying (deepListJson): JSON.stringify may recurse, as core-js's replacement does.
      set(slot, `${DEEP_MARKER}${1 + int(random, random() < 0.5 ? 12 : 3_000)}`);
      break;
    case 6:
      if (!Array.isArray(slot.parent)) {
        const renamed = pick(random, ['__proto__', 'constructor', 'toString', 'Doel', '-x', 'ok-key']);
        delete slot.parent[slot.key as string];
        own(slot.parent, renamed, value);
      }
      break;
    default:
      if (Array.isArray(value)) value.reverse();
  }
}

const DEEP_MARKER = '\u0000deep-list:';

/** The JSON text of a one-block rich text whose list nests `depth` levels, built without recursion. */
function deepListJson(depth: number): string {
  const open = '{"type":"bulleted-list","children":[{"type":"list-item","children":[{"text":"x"}]}';
  return `[${`${open},`.repeat(depth - 1)}${open}${']}'.repeat(depth)}]`;
}

function mutateValue(root: Json, random: Rng): void {
  const leaves = slots(root).filter((slot) => {
    const value = get(slot);
    return typeof value !== 'object' || value === null;
  });
  for (let n = 1 + int(random, 3); n > 0 && leaves.length > 0; n--) set(pick(random, leaves), randomValue(random));
}

function mutateJson(bytes: Uint8Array, random: Rng, kind: 'json-structure' | 'json-value'): Uint8Array {
  const entries: Record<string, Uint8Array> = unzipSync(bytes);
  const jsonNames = Object.keys(entries).filter((name) => name.endsWith('.json'));
  // Mostly the pack itself; sometimes a saved version.
  const name = random() < 0.8 ? 'pack.json' : pick(random, jsonNames);
  const root = JSON.parse(strFromU8(entries[name]!)) as Json;
  if (kind === 'json-structure') mutateStructure(root, random);
  else mutateValue(root, random);
  const json = JSON.stringify(root).replace(/"\\u0000deep-list:(\d+)"/g, (_, depth: string) => deepListJson(Number(depth)));
  entries[name] = strToU8(json);
  return zipSync(entries, { level: 1 });
}

/** Mutant `index` of `base`: which kind, and its bytes. */
export function mutant(base: Uint8Array, seed: number, index: number): { kind: MutationKind; bytes: Uint8Array } {
  const random = mutantRng(seed, index);
  const kind = MUTATION_KINDS[index % MUTATION_KINDS.length]!;
  switch (kind) {
    case 'bytes':
      return { kind, bytes: mutateBytes(base, random) };
    case 'zip':
      return { kind, bytes: mutateZip(base, random) };
    default:
      return { kind, bytes: mutateJson(base, random, kind) };
  }
}
