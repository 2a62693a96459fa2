/**
 * Sizes past the schema's limits are refused by one cheap walk before the
 * schema validates anything: a 26 KB pack holding a table of 2,001 rows cost
 * 38 s and 1.2 GB before it was refused, and a section record of 100,000
 * keys was accepted.
 */
import { describe, expect, it } from 'vitest';
import { findBoundExceeded, JSON_BOUNDS } from '../../core/model/bounds';
import { agendaItemSchema, type BriefingPack } from '../../core/model/pack';
import { MAX_TABLE_ROWS } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack } from '../../core/pack/container';
import { samplePack } from '../helpers/sample';
import { containerWith } from '../helpers/hostile-packs';
import { userErrorOf } from '../helpers/user-error';

const FILE = 'big.briefpack';

function packWith(change: (pack: Record<string, unknown> & BriefingPack) => void): Uint8Array {
  const pack = structuredClone(syntheticPack(1)) as Record<string, unknown> & BriefingPack;
  change(pack);
  return containerWith(JSON.stringify(pack));
}

function tableOf(rows: number) {
  const row = { type: 'table-row', children: Array.from({ length: 50 }, () => ({ type: 'table-cell', children: [{ text: '' }] })) };
  return { type: 'table', children: Array.from({ length: rows }, () => row) };
}

function refusal(bytes: Uint8Array) {
  const error = userErrorOf(() => decodePack(bytes, FILE));
  for (const language of ['en', 'nl'] as const) {
    expect(error.describe(language)).toContain(FILE);
    expect(error.describe(language)).not.toMatch(/[\n\r]/);
  }
  return error;
}

describe('size bounds before validation', () => {
  it('a table of 2,001 rows of 50 cells is refused naming the table, before the schema tries its rows', () => {
    const bytes = packWith((pack) => (pack.items[0]!.sections = { tabel: [tableOf(MAX_TABLE_ROWS + 1)] as never }));
    expect(bytes.length).toBeLessThan(40_000);
    const started = performance.now();
    const error = refusal(bytes);
    console.log(`2,001-row table (${bytes.length} bytes) refused in ${Math.round(performance.now() - started)} ms`);
    expect(error.code).toBe('pack.over-limit');
    expect(error.describe('en')).toContain('items[0].sections.tabel[0].children has more than 2000 table rows');
    expect(error.describe('nl')).toContain('heeft meer dan 2000 tabelrijen');
  });

  it('a section record of 100,000 keys is refused in one line, and the schema itself refuses it too (the clipboard, IPC)', () => {
    const sections = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`s${i}`, []]));
    const started = performance.now();
    const error = refusal(packWith((pack) => (pack.items[0]!.sections = sections)));
    console.log(`100,000-key section record refused in ${Math.round(performance.now() - started)} ms`);
    expect(error.describe('en')).toContain('items[0].sections has more than 100 keys');
    const item = { ...syntheticPack(1).items[0]!, sections };
    const result = agendaItemSchema.safeParse(item);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['at most 100 sections are allowed, not 100000']);
  });

  it('too many items, too long a text, too deep a nesting: each refused naming where', () => {
    const items = refusal(packWith((pack) => (pack.items = Array.from({ length: 5_001 }, () => pack.items[0]!))));
    expect(items.params).toMatchObject({ path: 'items', kind: 'entries', limit: 5_000 });
    const text = refusal(packWith((pack) => (pack.meeting.name = 'x'.repeat(JSON_BOUNDS.characters + 1))));
    expect(text.params).toMatchObject({ path: 'meeting.name', kind: 'characters' });
    let deep: unknown = [];
    for (let level = 0; level < 100; level++) deep = [deep];
    const nested = refusal(packWith((pack) => (pack.letter.references = deep as never)));
    expect(nested.params).toMatchObject({ kind: 'levels', limit: JSON_BOUNDS.depth });
    expect(String(nested.params.path)).toMatch(/^letter\.references(\[0\])+$/);
  });

  it('packs as they are written pass: the sample, 200 items, a table of 2,000 rows, 100 sections, 100,000 handed-out copies', () => {
    expect(findBoundExceeded(JSON.parse(JSON.stringify(samplePack())))).toBeUndefined();
    expect(decodePack(encodePack({ pack: syntheticPack(200), annexFiles: new Map() }), FILE).pack.items).toHaveLength(200);
    const big = structuredClone(syntheticPack(1)) as BriefingPack;
    big.items[0]!.sections = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`s${i}`, i === 0 ? [tableOf(MAX_TABLE_ROWS)] : []])) as never;
    const copy = { id: 'c', copyNumber: 1, recipient: 'Minister', function: '', version: '1', date: '2025-01-01', format: 'pdf' as const };
    big.distribution = { recipients: [], handedOut: Array.from({ length: 100_000 }, () => copy) };
    expect(findBoundExceeded(JSON.parse(JSON.stringify(big)))).toBeUndefined();
  });

  it('a pack with a table of 2,000 rows opens: each block is checked as its own type, not tried as every kind in turn', () => {
    const bytes = packWith((pack) => (pack.items[0]!.sections = { tabel: [tableOf(MAX_TABLE_ROWS)] as never }));
    const started = performance.now();
    const opened = decodePack(bytes, FILE);
    console.log(`2,000-row table opened in ${Math.round(performance.now() - started)} ms`);
    expect(opened.pack.items[0]!.sections.tabel![0]).toMatchObject({ type: 'table', children: { length: MAX_TABLE_ROWS } });
  });

  it('a block of a type no block has is refused naming its type field and the kinds there are', () => {
    const error = refusal(packWith((pack) => (pack.introduction = [{ type: 'script', children: [] }] as never)));
    expect(error.describe('en')).toContain('introduction[0].type: must be one of paragraph, heading, block-quote, bulleted-list, numbered-list, table, figure');
  });
});
