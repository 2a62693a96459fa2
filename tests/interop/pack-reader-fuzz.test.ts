/**
 * Fuzzing the pack reader with the shapes a reviewer and the app could see
 * differently, or that cost the reader dearly: entries named twice, flipped
 * bits and wrong recorded checksums, entry names and JSON keys full of
 * control characters, records and arrays past their limits, and dates that
 * are not on the calendar. Every mutant is refused in one clean line (no
 * control character, no bidi override, no half surrogate), or opens exactly
 * the pack that was written; the oracle for each shape is its own (a month
 * table for dates), not the reader's.
 *
 * Reading only, no export (pack-fuzz.test.ts exports), so it stays quick.
 * Replay: FUZZ_SEED=<seed> FUZZ_COUNT=<count> npx vitest run tests/interop/pack-reader-fuzz.test.ts
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/i18n/errors';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, versionSnapshot, type PackContents } from '../../core/pack/container';
import { isCleanRefusal } from '../helpers/clean-line';
import { entryDataRange, recordingChecksum, renamingEntry } from '../helpers/hostile-packs';
import { mutantRng, type Rng } from '../helpers/pack-mutations';

const SEED = Number(process.env.FUZZ_SEED ?? 20251204);
const COUNT = Number(process.env.FUZZ_COUNT ?? 1_200);
/** A guard against a hang, not a speed claim. */
const TIME_LIMIT_MS = 120_000;

type Shape = 'duplicate' | 'checksum' | 'hostile-name' | 'hostile-key' | 'oversized' | 'date';
const SHAPES: readonly Shape[] = ['duplicate', 'checksum', 'hostile-name', 'hostile-key', 'oversized', 'date'];

const int = (random: Rng, n: number) => Math.floor(random() * n);
const pick = <T>(random: Rng, items: readonly T[]): T => items[int(random, items.length)]!;

function basePack(): PackContents {
  const pack: BriefingPack = structuredClone(syntheticPack(1));
  pack.annexes = [{ id: 'a1', title: 'Notitie', fileName: 'notitie.txt', mediaType: 'text/plain', size: 5 }];
  pack.versions = [{ id: 'v1', name: 'Eerste', createdAt: '2025-02-01T09:00:00Z' }];
  pack.meeting.date = '2025-02-13';
  return { pack, annexFiles: new Map([['a1', strToU8('notes')]]), versionFiles: new Map([['v1', versionSnapshot(pack)]]) };
}

const BASE = encodePack(basePack());
const BASE_ENTRIES = unzipSync(BASE);
const BASE_JSON = JSON.parse(strFromU8(BASE_ENTRIES['pack.json']!)) as Record<string, unknown>;

function contentKey(contents: PackContents): string {
  const hash = createHash('sha256').update(JSON.stringify(contents.pack));
  for (const [id, bytes] of contents.annexFiles) hash.update(id).update(bytes);
  return hash.digest('hex');
}

const BASE_KEY = contentKey(decodePack(BASE, 'base.briefpack'));

/** What a mutant must come to: refused (with this code, when it is known); or, when not, refused or exactly the written pack (a real date: opened). */
type Expected = { refused: true; code?: string } | { refused: false };

interface Mutant {
  shape: Shape;
  bytes: Uint8Array;
  expected: Expected;
}

const HOSTILE_PIECES = ['\n', '\r\n', '\u0000', '\u0007', '\u001b[2J', '\u001b[32mvalid pack\u001b[0m', '\u009b31m', '\u202e', '\u2066', '\u2028', '\ufeff', 'Σ', '👩‍👩‍👧', 'x'.repeat(300), 'a'];

function hostileText(random: Rng): string {
  let text = '';
  for (let n = 1 + int(random, 6); n > 0; n--) text += pick(random, HOSTILE_PIECES);
  return text;
}

function zipOf(entries: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level: name === 'mimetype' ? 0 : 6 }];
  return zipSync(zippable);
}

function duplicate(random: Rng): Mutant {
  const name = pick(random, Object.keys(BASE_ENTRIES));
  // A stand-in name of the same length, renamed afterwards: a map of names cannot hold two alike.
  const standIn = name.slice(0, -1) + (name.endsWith('~') ? '#' : '~');
  const copy = random() < 0.5 ? BASE_ENTRIES[name]! : strToU8(pick(random, ['', '{}', 'other']));
  const entries = { ...BASE_ENTRIES, [standIn]: copy };
  const bytes = renamingEntry(zipOf(random() < 0.5 ? entries : Object.fromEntries(Object.entries(entries).reverse())), standIn, name);
  return { shape: 'duplicate', bytes, expected: { refused: true, code: 'pack.duplicate-entry' } };
}

function checksum(random: Rng): Mutant {
  const name = pick(random, Object.keys(BASE_ENTRIES));
  if (random() < 0.3) {
    return { shape: 'checksum', bytes: recordingChecksum(BASE, name, int(random, 2 ** 32)), expected: name === 'mimetype' ? { refused: false } : { refused: true } };
  }
  const { start, end } = entryDataRange(BASE, name);
  if (end === start) return { shape: 'checksum', bytes: BASE, expected: { refused: false } };
  const bytes = Uint8Array.from(BASE);
  for (let n = 1 + int(random, 3); n > 0; n--) bytes[start + int(random, end - start)]! ^= 1 << int(random, 8);
  // Refused, or (a flip in the unused bits after the last deflate block, or in the mimetype, which is never read) exactly the pack written.
  return { shape: 'checksum', bytes, expected: { refused: false } };
}

function hostileName(random: Rng): Mutant {
  const prefix = pick(random, ['annexes/', 'media/', 'versions/', '', '../', 'annexes/a1']);
  const name = `${prefix}${hostileText(random)}`;
  const bytes = zipOf({ ...BASE_ENTRIES, [name]: strToU8('x') });
  // A stray file in annexes/ is refused; elsewhere an entry the pack does not name may be left unread.
  return { shape: 'hostile-name', bytes, expected: prefix.startsWith('annexes/') || prefix === '../' ? { refused: true } : { refused: false } };
}

function withJson(change: (json: Record<string, unknown>) => void): Uint8Array {
  const json = structuredClone(BASE_JSON);
  change(json);
  return zipOf({ ...BASE_ENTRIES, 'pack.json': strToU8(JSON.stringify(json)) });
}

type Item = { sections: Record<string, unknown>; title: string };
const firstItem = (json: Record<string, unknown>) => (json.items as Item[])[0]!;

function hostileKey(random: Rng): Mutant {
  // At least one character no section key may hold, wherever it falls.
  const key = `${hostileText(random)}${pick(random, HOSTILE_PIECES.slice(0, 11))}${hostileText(random)}`;
  const bytes = withJson((json) => {
    const item = firstItem(json);
    if (random() < 0.7) item.sections[key] = [];
    else (json.meeting as Record<string, unknown>)[key] = 'x';
  });
  return { shape: 'hostile-key', bytes, expected: { refused: true, code: 'pack.invalid' } };
}

const cell = { type: 'table-cell', children: [{ text: '' }] };
const tableOf = (rows: number, cells: number) => ({ type: 'table', children: Array.from({ length: rows }, () => ({ type: 'table-row', children: Array.from({ length: cells }, () => cell) })) });

function oversized(random: Rng): Mutant {
  const over = (limit: number) => limit + 1 + int(random, random() < 0.9 ? 5 : limit);
  const bytes = withJson((json) => {
    const item = firstItem(json);
    switch (int(random, 6)) {
      case 0:
        item.sections.tabel = [tableOf(over(2_000), 1)];
        break;
      case 1:
        item.sections.tabel = [tableOf(1, over(50))];
        break;
      case 2:
        item.sections = Object.fromEntries(Array.from({ length: random() < 0.05 ? 100_000 : over(100) }, (_, i) => [`s${i}`, []]));
        break;
      case 3:
        json.annexes = Array.from({ length: over(5_000) }, () => ({}));
        break;
      case 4:
        item.title = 'x'.repeat(over(200_000));
        break;
      default: {
        let deep: unknown = [];
        for (let level = over(40); level > 0; level--) deep = [deep];
        (json.letter as Record<string, unknown>).references = deep;
      }
    }
  });
  return { shape: 'oversized', bytes, expected: { refused: true, code: 'pack.over-limit' } };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function date(random: Rng): Mutant {
  const year = pick(random, [1900, 2000, 2023, 2024, 2025, 2100, 2400]);
  const month = int(random, 14);
  const day = int(random, 33);
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const days = month >= 1 && month <= 12 ? MONTH_DAYS[month - 1]! + (month === 2 && isLeap(year) ? 1 : 0) : 0;
  const real = day >= 1 && day <= days;
  const field = int(random, 3);
  const bytes = withJson((json) => {
    if (field === 0) (json.meeting as Record<string, unknown>).date = text;
    else if (field === 1) (json.meeting as Record<string, unknown>).endDate = text;
    else (json.letter as Record<string, unknown>).date = text;
  });
  // A real day opens (as another pack than the base, so it is not compared); an impossible one is refused.
  return { shape: 'date', bytes, expected: real ? { refused: false } : { refused: true, code: 'pack.invalid' } };
}

const MAKERS: Record<Shape, (random: Rng) => Mutant> = { duplicate, checksum, 'hostile-name': hostileName, 'hostile-key': hostileKey, oversized, date };

describe('pack reader fuzzing: shapes a reviewer and the app could read differently', () => {
  it(`${COUNT} seeded mutants are refused in one clean line, or open as written`, { timeout: TIME_LIMIT_MS }, () => {
    const started = performance.now();
    const failures: string[] = [];
    const counts: Record<Shape, { refused: number; opened: number }> = Object.fromEntries(SHAPES.map((shape) => [shape, { refused: 0, opened: 0 }])) as never;
    for (let index = 0; index < COUNT; index++) {
      const shape = SHAPES[index % SHAPES.length]!;
      const { bytes, expected } = MAKERS[shape](mutantRng(SEED, index));
      let contents: PackContents | undefined;
      try {
        contents = decodePack(bytes, `fuzz-${index}.briefpack`);
      } catch (error) {
        counts[shape].refused++;
        if (!isCleanRefusal(error)) failures.push(`#${index} ${shape}: not one clean line: ${error instanceof UserError ? JSON.stringify(error.describe('en')) : String(error)}`);
        else if (!expected.refused && shape === 'date') failures.push(`#${index} ${shape}: a real day was refused: ${error.describe('en')}`);
        else if (expected.refused && expected.code && error.code !== expected.code) failures.push(`#${index} ${shape}: ${error.code}, expected ${expected.code}: ${error.describe('en')}`);
        continue;
      }
      counts[shape].opened++;
      if (expected.refused) failures.push(`#${index} ${shape}: opened, expected a refusal`);
      else if (shape !== 'date' && contentKey(contents) !== BASE_KEY) failures.push(`#${index} ${shape}: opened with other content than was written`);
    }
    const ms = Math.round(performance.now() - started);
    console.log(`pack reader fuzz: seed ${SEED}, ${COUNT} mutants in ${ms} ms: ${SHAPES.map((s) => `${s} ${counts[s].refused} refused / ${counts[s].opened} opened`).join(', ')}`);
    expect(failures.slice(0, 10), `replay with FUZZ_SEED=${SEED} FUZZ_COUNT=${COUNT}`).toEqual([]);
    // Each shape is exercised, and the date oracle sees both real and impossible days.
    for (const shape of SHAPES) expect(counts[shape].refused, shape).toBeGreaterThan(0);
    expect(counts.date.opened).toBeGreaterThan(0);
  });
});
