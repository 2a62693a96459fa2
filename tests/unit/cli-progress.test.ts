/**
 * `briefing export` shows a progress line on stderr only when stderr is a terminal: how far the
 * export is, in per cent and pages (or copies), rewritten in place and erased before the file is
 * named. The terminal is a real pseudo-terminal, from util-linux `script`; BRIEFING_PROGRESS_AFTER_MS=0
 * shows the line at once, where it normally waits half a second.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { works } from '../helpers/tools';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');
const hasScript = works('script', ['--version']);
const ERASE = '\r\x1b[K';

/** The command in a pseudo-terminal: stdout and stderr both reach it, as in a person's shell. */
async function inTerminal(args: string[], env: Record<string, string>): Promise<string> {
  const command = [process.execPath, BIN, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  // -e passes the command's exit code on; a failing command's screen is in the error.
  const result = await run('script', ['-qec', command, '/dev/null'], { env: { ...process.env, LANG: 'en_GB.UTF-8', ...env }, maxBuffer: 1 << 24 }).catch(
    (error: { stdout: string }) => error,
  );
  return result.stdout;
}

/** The progress lines drawn, in order: what follows each erase up to the next one. */
function progressLines(screen: string): string[] {
  return screen
    .split(ERASE)
    .slice(1)
    .filter((line) => line.startsWith('briefing: '));
}

const percentOf = (line: string) => Number(/… (\d+) %/.exec(line)?.[1]);

describe('briefing export progress', () => {
  let dir: string;
  let bigPack: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefing-progress-'));
    bigPack = path.join(dir, 'big.briefpack');
    const pack = syntheticPack(200);
    const recipients = ['Jan de Vries', 'Ann Smit', 'Piet Bos'].map((name, i) => ({ id: `r${i + 1}`, name, function: '', copyNumber: i + 1, leaveOut: [], withComments: false }));
    writeFileSync(bigPack, encodePack({ pack: { ...pack, distribution: { recipients, handedOut: [] } }, annexFiles: new Map() }));
  });

  it.skipIf(!hasScript)('draws per cent and pages in place on a terminal, rising, and erases it before the file is named', async () => {
    const out = path.join(dir, 'big.pdf');
    const screen = await inTerminal(['export', bigPack, '--format', 'pdf', '-o', out], { BRIEFING_PROGRESS_AFTER_MS: '0' });
    expect(screen.startsWith(ERASE)).toBe(true);
    const lines = progressLines(screen);
    for (const line of lines) expect(line).toMatch(/^briefing: exporting… \d+ %( \((item \d+ of 200|page \d+ of 207)\))?$/);
    expect(lines.some((line) => / \(page \d+ of 207\)$/.test(line))).toBe(true);
    expect(lines.some((line) => / \(item \d+ of 200\)$/.test(line))).toBe(true);
    const percents = lines.map(percentOf);
    percents.forEach((percent, i) => expect(percent).toBeGreaterThanOrEqual(percents[i - 1] ?? 0));
    expect(percents.at(-1)! > percents[0]!).toBe(true);
    expect(screen).toContain(`${ERASE}${out} (pdf, `);
    // Nothing follows the file's line: no progress line is left behind.
    expect(screen.slice(screen.lastIndexOf(out))).toMatch(/^\S+ \(pdf, \d+ bytes\)\r\n$/);
  });

  it.skipIf(!hasScript)('counts copies for --distribution, in Dutch with LANG=nl', async () => {
    const screen = await inTerminal(['export', bigPack, '--format', 'docx', '--distribution', path.join(dir, 'copies')], {
      BRIEFING_PROGRESS_AFTER_MS: '0',
      LANG: 'nl_NL.UTF-8',
    });
    const lines = progressLines(screen);
    const copies = lines.filter((line) => / \(exemplaar \d van 3\)$/.test(line));
    expect(copies.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^briefing: exporteren… \d+ %( \(exemplaar [1-3] van 3\))?$/);
    expect(new Set(copies.map((line) => /exemplaar (\d)/.exec(line)![1])).size).toBeGreaterThan(1);
    expect(screen).toContain('3 uitgereikte exemplaren vastgelegd in');
  });

  it.skipIf(!hasScript)('shows nothing for an export that ends before the wait, such as a usage error', async () => {
    const screen = await inTerminal(['export', '--sample', '--format', 'odt', '-o', path.join(dir, 'x.odt')], {});
    expect(screen).toBe('briefing: --format must be one of docx, pdf. Run "briefing --help" for usage.\r\n');
  });

  it('writes nothing on stderr when it is not a terminal (a pipe, a log file), and stdout as before', async () => {
    const out = path.join(dir, 'piped.pdf');
    const { stdout, stderr } = await run(process.execPath, [BIN, 'export', bigPack, '--format', 'pdf', '-o', out], {
      env: { ...process.env, LANG: 'en_GB.UTF-8', BRIEFING_PROGRESS_AFTER_MS: '0' },
    });
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^${out.replace(/[.\\/]/g, '\\$&')} \\(pdf, \\d+ bytes\\)\\n$`));
  });
});
