/**
 * Issue 21: the importer under damage. Damaged PDF letters, made here from a
 * good one, and seeded mutations of text, Word and PDF letters from the
 * corpus each end in a pack that opens again (encodePack, then decodePack,
 * as `briefing validate` reads it) or in one line, in Dutch and English,
 * that names the file: never an internal error, a hang or a pack that does
 * not open.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/i18n/errors';
import { importAgenda } from '../../core/import/import-letter';
import { decodePack, encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { readPdfPages } from '../../host/pdf-text';

const CORPUS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'corpus');
const letter = (name: string) => new Uint8Array(readFileSync(path.join(CORPUS, name)));
/** A generous bound per case: a letter is read in well under a second; minutes mean a hang. */
const CASE_MS = 20_000;

/** mulberry32: small, seeded, and every bit of it varies (a plain LCG's low bits repeat). */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

type Outcome = { kind: 'pack'; items: number } | { kind: 'refused'; code: string; en: string };

/** Imports and reopens; anything but a pack that opens or a one-line refusal fails the test. */
async function outcomeOf(bytes: Uint8Array, file: string): Promise<Outcome> {
  const started = performance.now();
  let contents;
  try {
    ({ contents } = await importAgenda(bytes, file, { readPdfPages }));
  } catch (error) {
    if (!(error instanceof UserError)) throw new Error(`${file}: not a one-line refusal: ${String(error)}`);
    const [en, nl] = [error.describe('en'), error.describe('nl')];
    expect(error.code, `${file}: ${en}`).not.toBe('internal');
    // A PDF is read by the importer alone; a Word letter's zip is checked by the same code as a pack's.
    if (file.endsWith('.pdf')) expect(error.code, `${file}: ${en}`).toMatch(/^import\./);
    for (const line of [en, nl]) {
      expect(line).not.toContain('\n');
      expect(line).toContain(file);
      expect(line, `${file}: a reader's own error leaked`).not.toMatch(/is not a function|instance of|undefined|Cannot read/);
    }
    return { kind: 'refused', code: error.code, en };
  } finally {
    expect(performance.now() - started, `${file} took too long`).toBeLessThan(CASE_MS);
  }
  // What was imported must open: a refusal here is a pack the importer should never have written.
  const { pack, warnings } = decodePack(encodePack(contents), `${file}.briefpack`);
  expect(warnings, file).toEqual([]);
  return { kind: 'pack', items: pack.items.length };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('damaged PDF letters', () => {
  const good = letter('nl-dmm-2025-06-kamerstuk.pdf');
  const text = latin1(good);

  it('imports the good one', async () => {
    expect(await outcomeOf(good, 'goed.pdf')).toMatchObject({ kind: 'pack' });
  });

  it('refuses each damaged copy in one line: truncated, flate bytes flipped, xref offsets wrong, /Pages broken', async () => {
    const next = random(21);
    const damaged: [string, Uint8Array][] = [];
    for (const share of [0.1, 0.5, 0.9, 0.99]) damaged.push([`afgekapt-${share}.pdf`, good.slice(0, Math.floor(good.length * share))]);
    damaged.push(['zonder-eof.pdf', good.slice(0, good.length - 40)]);
    // Bytes inside the deflated streams, the content of the pages among them.
    const streams = [...text.matchAll(/stream\r?\n/g)].map((m) => [m.index + m[0].length, text.indexOf('endstream', m.index)] as const);
    for (let i = 0; i < 8; i++) {
      const bytes = good.slice();
      const [start, end] = streams[next(streams.length)]!;
      for (let flips = 0; flips < 4; flips++) bytes[start + next(end - start)] = next(256);
      damaged.push([`flate-${i}.pdf`, bytes]);
    }
    // Every offset in the cross-reference table pointing somewhere else.
    const xref = text.lastIndexOf('\nxref');
    damaged.push(['xref.pdf', fromLatin1(text.slice(0, xref) + text.slice(xref).replace(/^(\d{10}) (\d{5}) n/gm, (_, offset: string, gen: string) => `${String((Number(offset) * 7 + 13) % good.length).padStart(10, '0')} ${gen} n`))]);
    damaged.push(['startxref.pdf', fromLatin1(text.replace(/startxref\s+\d+/, 'startxref\n99999999'))]);
    damaged.push(['pages-type.pdf', fromLatin1(text.replace(/\/Type\s*\/Pages/g, '/Type /Pagex'))]);
    damaged.push(['pages-kids.pdf', fromLatin1(text.replace(/\/Kids/g, '/Kidz'))]);
    damaged.push(['pages-missing.pdf', fromLatin1(text.replace(/\/Pages \d+ 0 R/, '/Pages 9999 0 R'))]);
    damaged.push(['root.pdf', fromLatin1(text.replace(/\/Root/g, '/Rot '))]);
    const refused: string[] = [];
    for (const [file, bytes] of damaged) {
      const outcome = await outcomeOf(bytes, file);
      if (outcome.kind === 'refused') refused.push(file);
    }
    // pdf.js rebuilds a broken cross-reference table, and a flipped byte in a font or a picture may harm no page:
    // those may import, as a pack that opens. A cut file and a broken page tree cannot be read or kept as the annex.
    expect(damaged.map(([file]) => file).filter((file) => !refused.includes(file) && !/xref|flate/.test(file))).toEqual([]);
    expect(refused.filter((file) => file.startsWith('flate')).length).toBeGreaterThan(0);
  }, 120_000);
});

/** Seeded mutations of one letter's bytes: flips, cuts, repeats and long runs. */
function mutate(bytes: Uint8Array, next: (n: number) => number): Uint8Array {
  const copy = bytes.slice();
  switch (next(6)) {
    case 0:
      for (let i = 0; i < 1 + next(16); i++) copy[next(copy.length)] = next(256);
      return copy;
    case 1:
      return copy.slice(0, next(copy.length));
    case 2: {
      const at = next(copy.length);
      return new Uint8Array([...copy.subarray(0, at), ...copy.subarray(at + 1 + next(400))]);
    }
    case 3: {
      const from = next(copy.length);
      const chunk = copy.subarray(from, from + 1 + next(200));
      const at = next(copy.length);
      return new Uint8Array([...copy.subarray(0, at), ...Array.from({ length: 1 + next(50) }, () => [...chunk]).flat(), ...copy.subarray(at)]);
    }
    case 4: {
      const at = next(copy.length);
      // A run longer than one text of a pack holds, as a letter pasted without line breaks has.
      return new Uint8Array([...copy.subarray(0, at), ...Array.from({ length: 150_000 + next(250_000) }, (_, i) => (i % 9 === 8 ? 32 : 97)), ...copy.subarray(at)]);
    }
    default: {
      const at = next(copy.length);
      return new Uint8Array([...copy.subarray(0, at), ...Array.from({ length: 1 + next(64) }, () => next(256)), ...copy.subarray(at)]);
    }
  }
}

/** A Word letter's body changed as text, re-packed, so the damage reaches the reader past the zip. */
function mutateDocx(bytes: Uint8Array, next: (n: number) => number): Uint8Array {
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries['word/document.xml']!);
  const changed = strFromU8(mutate(strToU8(xml), next)).replace(/\uFFFD/g, '&#xD800;');
  return zipSync({ ...entries, 'word/document.xml': strToU8(next(2) ? changed : xml.replace(/<w:p\b/, `<w:p>${'<w:r><w:t>x</w:t></w:r>'.repeat(next(3_000))}</w:p><w:p`)) });
}

describe('seeded mutations of corpus letters', () => {
  const cases: [string, Uint8Array, (bytes: Uint8Array, next: (n: number) => number) => Uint8Array, number][] = [
    ['nl-rbz-2026-01-letterhead-lettered.pdf', letter('nl-rbz-2026-01-letterhead-lettered.pdf'), mutate, 40],
    ['en-council-background-jha-2025-06.docx', letter('en-council-background-jha-2025-06.docx'), mutateDocx, 25],
    ['en-council-background-jha-2025-06.docx', letter('en-council-background-jha-2025-06.docx'), mutate, 10],
    ['nl-gymnich-2024-08-noheadings.txt', letter('nl-gymnich-2024-08-noheadings.txt'), mutate, 30],
    ['en-hansard-g20-fmm-2025-02.txt', letter('en-hansard-g20-fmm-2025-02.txt'), mutate, 30],
  ];
  for (const [name, bytes, change, runs] of cases) {
    it(`${name}: ${runs} mutations, each a pack that opens or a one-line refusal`, async () => {
      const next = random(name.length * 7919 + runs);
      const outcomes: Record<string, number> = {};
      for (let run = 0; run < runs; run++) {
        const outcome = await outcomeOf(change(bytes, next), `${run}-${name}`);
        const key = outcome.kind === 'pack' ? 'pack' : outcome.code;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
      expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(runs);
    }, 120_000);
  }
});
