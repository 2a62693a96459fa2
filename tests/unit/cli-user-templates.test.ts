/**
 * `briefing templates` with hostile user templates, through the real command
 * line: a name or folder name with escape sequences and line breaks prints as
 * one escaped line, never raw, and a long one is cut.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAME_LIMIT } from '../../core/i18n/printable';
import { PROJECT_ROOT, projectResourceDirs } from '../../host/paths';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');
const HOSTILE = '\n\u001b[32mspeaking-notes  OK\u001b[0m\u001b[2J\u202e';

describe.runIf(process.platform !== 'win32')('briefing templates with hostile user templates', () => {
  let stdout: string;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefing-cli-templates-'));
    const raw = JSON.parse(readFileSync(path.join(projectResourceDirs().templates, 'speaking-notes', 'template.json'), 'utf8')) as Record<string, unknown>;
    const add = (folder: string, template: unknown) => {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'template.json'), JSON.stringify(template));
    };
    add('named', { ...raw, id: 'named', name: { nl: `Mijn${HOSTILE}`, en: `Mine${HOSTILE}` } });
    add(`folder${HOSTILE}${'x'.repeat(200)}`, { ...raw, id: 'folder' });
    ({ stdout } = await run(process.execPath, [BIN, 'templates'], { env: { ...process.env, LANG: 'en_GB.UTF-8', BRIEFING_TEMPLATES_DIR: dir } }));
  });

  it('prints one line per template, with no escape byte, line break or direction override from a name', () => {
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toMatch(/[\r\u202e]/);
  });

  it('refuses a template whose name holds control characters, in one line', () => {
    expect(stdout).toContain('named                        FAILED: Template "named" is broken: name.nl: must not hold control or text-direction characters.');
  });

  it('shows a hostile folder name escaped and cut', () => {
    const line = stdout.split('\n').find((l) => l.startsWith('folder'))!;
    expect(line.startsWith('folder\\n\\u001b[32mspeaking-notes  OK\\u001b[0m\\u001b[2J\\u202e')).toBe(true);
    expect(line.split(' ')[0]!.length).toBeLessThanOrEqual(NAME_LIMIT);
    expect(line).toContain('…');
  });
});
