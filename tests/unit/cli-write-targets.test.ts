/**
 * `briefing export -o` onto what is already there, through the real command
 * line: a link gets the PDF in its file, a pipe, a device or a read-only file
 * is refused in one line (exit 1) and left as it was. The command line never
 * asks: a read-only file is refused.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_LETTER_FILE } from '../../core/sample';
import { PROJECT_ROOT } from '../../host/paths';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');

async function exportTo(output: string, language = 'en_GB.UTF-8'): Promise<{ code: number; stdout: string; stderr: string }> {
  return briefing(['export', '--sample', '-f', 'pdf', '-o', output], language);
}

async function briefing(args: string[], language = 'en_GB.UTF-8'): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: language } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function expectOneLine(stderr: string, text: string) {
  expect(stderr).toBe(`briefing: ${text}\n`);
}

describe.runIf(process.platform !== 'win32')('briefing export -o onto an existing path', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefing-cli-targets-'));
  });

  it('writes the PDF into the file a link points to; the link stays', async () => {
    const real = path.join(dir, 'real.pdf');
    writeFileSync(real, 'old');
    const link = path.join(dir, 'link.pdf');
    symlinkSync(real, link);
    const result = await exportTo(link);
    expect(result.code).toBe(0);
    expect(readFileSync(real, 'latin1').startsWith('%PDF-')).toBe(true);
    expect(readlinkSync(link)).toBe(real);
  });

  it('refuses a named pipe in one line, at once, and leaves the pipe', async () => {
    const fifo = path.join(dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const result = await exportTo(fifo);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, `Cannot write ${fifo}: it is a named pipe (FIFO), not a file, and is left as it is; choose another name.`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a device (a copy of /dev/full as root, else /dev/full itself) and leaves it a device', async () => {
    let device = '/dev/full';
    if (process.getuid?.() === 0) {
      // As root a broken write could replace the machine's own /dev/full; a node of the same device is enough.
      device = path.join(dir, 'full.pdf');
      const { rdev } = statSync('/dev/full');
      execFileSync('mknod', ['-m', '666', device, 'c', String(Math.floor(rdev / 256)), String(rdev % 256)]);
    }
    const result = await exportTo(device);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, `Cannot write ${device}: it is a device, not a file, and is left as it is; choose another name.`);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('refuses a read-only file in Dutch and English, and leaves it as it was', async () => {
    const file = path.join(dir, 'final.pdf');
    writeFileSync(file, 'final');
    chmodSync(file, 0o444);
    const en = await exportTo(file);
    expect(en.code).toBe(1);
    expectOneLine(en.stderr, `${file} is read-only and was not overwritten; make it writable or choose another name.`);
    const nl = await exportTo(file, 'nl_NL.UTF-8');
    expectOneLine(nl.stderr, `${file} is alleen-lezen en is niet overschreven; maak het schrijfbaar of kies een andere naam.`);
    expect(readFileSync(file, 'utf8')).toBe('final');
  });

  it('refuses a read-only pack for import -o and for a change of its distribution list, and leaves it as it was', async () => {
    const pack = path.join(dir, 'final.briefpack');
    expect((await briefing(['import', path.join(PROJECT_ROOT, 'assets', 'samples', SAMPLE_LETTER_FILE), '-o', pack])).code).toBe(0);
    chmodSync(pack, 0o444);
    const before = readFileSync(pack);
    const imported = await briefing(['import', path.join(PROJECT_ROOT, 'assets', 'samples', SAMPLE_LETTER_FILE), '-o', pack]);
    expect(imported.code).toBe(1);
    expectOneLine(imported.stderr, `${pack} is read-only and was not overwritten; make it writable or choose another name.`);
    const added = await briefing(['distribution', pack, '--add', 'A. de Vries']);
    expect(added.code).toBe(1);
    expectOneLine(added.stderr, `${pack} is read-only and was not overwritten; make it writable or choose another name.`);
    expect(readFileSync(pack)).toEqual(before);
  });
});
