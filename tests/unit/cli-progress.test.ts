/**
 * `briefing export` shows a progress line on stderr only when stderr is a terminal. The terminal
 * is a real pseudo-terminal, from util-linux `script`; BRIEFING_PROGRESS_AFTER_MS=0 shows the
 * line at once, since the sample exports faster than the 0.5 s after which it normally appears.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
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
  const result = await run('script', ['-qec', command, '/dev/null'], { env: { ...process.env, LANG: 'en_GB.UTF-8', ...env } }).catch(
    (error: { stdout: string }) => error,
  );
  return result.stdout;
}

describe('briefing export progress', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefing-progress-'));
  });

  it.skipIf(!hasScript)('draws the line in place on a terminal and erases it before the file is named', async () => {
    const out = path.join(dir, 'sample.docx');
    const screen = await inTerminal(['export', '--sample', '--format', 'docx', '-o', out], { BRIEFING_PROGRESS_AFTER_MS: '0' });
    expect(screen.startsWith(ERASE)).toBe(true);
    expect(screen.slice(ERASE.length)).toMatch(/^briefing: exporting… \d+\.\d s/);
    expect(screen).toContain(`${ERASE}${out} (docx, `);
    // Nothing follows the file's line: no progress line is left behind.
    expect(screen.slice(screen.lastIndexOf(out))).toMatch(/^\S+ \(docx, \d+ bytes\)\r\n$/);
  });

  it.skipIf(!hasScript)('speaks Dutch with LANG=nl', async () => {
    const screen = await inTerminal(['export', '--sample', '--format', 'pdf', '-o', path.join(dir, 'sample.pdf')], {
      BRIEFING_PROGRESS_AFTER_MS: '0',
      LANG: 'nl_NL.UTF-8',
    });
    expect(screen).toContain('briefing: bezig met exporteren… ');
  });

  it.skipIf(!hasScript)('shows nothing for an export that ends before the wait, such as a usage error', async () => {
    const screen = await inTerminal(['export', '--sample', '--format', 'odt', '-o', path.join(dir, 'x.odt')], {});
    expect(screen).toBe('briefing: --format must be one of docx, pdf. Run "briefing --help" for usage.\r\n');
  });

  it('writes nothing extra when stderr is not a terminal (a pipe, a log file)', async () => {
    const out = path.join(dir, 'piped.docx');
    const { stdout, stderr } = await run(process.execPath, [BIN, 'export', '--sample', '--format', 'docx', '-o', out], {
      env: { ...process.env, LANG: 'en_GB.UTF-8', BRIEFING_PROGRESS_AFTER_MS: '0' },
    });
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^${out.replace(/[.\\/]/g, '\\$&')} \\(docx, \\d+ bytes\\)\\n$`));
  });
});
