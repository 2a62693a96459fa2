/**
 * Names from a hostile pack (a zip entry, a JSON key in a field path) reach
 * the terminal through the real command line: each refusal is one line on
 * stderr, with no escape byte, no bidi override and no half surrogate, the
 * hostile characters shown as visible escapes and a long name cut.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { PROJECT_ROOT } from '../../host/paths';
import { containerWith } from '../helpers/hostile-packs';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');

/** A forged success line in green, then a cleared screen, then text turned around. */
const HOSTILE = '\n/tmp/x.briefpack: \u001b[32mvalid pack with 5 agenda items.\u001b[0m\u001b[2J\u001b[H\u202egnp.exe';

async function validateStderr(file: string): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [BIN, 'validate', file], { env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

function expectOneSafeLine(stderr: string) {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.slice(0, -1)).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(stderr).not.toContain('\u001b');
  expect(stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(stderr).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
}

describe('hostile names in refusals on the command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefing-hostile-names-'));
  });

  it('a zip entry name with a line break, colour, screen clearing and a bidi override prints as one escaped line', async () => {
    const file = path.join(dir, 'entry.briefpack');
    writeFileSync(file, containerWith(JSON.stringify(syntheticPack(1)), { [`annexes/a${HOSTILE}`]: strToU8('x') }));
    const { code, stderr } = await validateStderr(file);
    expect(code).toBe(1);
    expectOneSafeLine(stderr);
    expect(stderr).toContain('annexes/a\\n/tmp/x.briefpack: \\u001b[32mvalid pack');
    expect(stderr).toContain('\\u202egnp.exe');
  });

  it('a JSON key with the same characters and half a surrogate pair, in the field path of a refusal, prints as one escaped line', async () => {
    const pack = syntheticPack(1);
    // JSON.stringify writes the half pair as \ud800, as a hostile file would.
    const json = JSON.stringify({ ...pack, items: [{ ...pack.items[0], sections: { [`k${HOSTILE}\ud800`]: [] } }] });
    const file = path.join(dir, 'key.briefpack');
    writeFileSync(file, containerWith(json));
    const { code, stderr } = await validateStderr(file);
    expect(code).toBe(1);
    expectOneSafeLine(stderr);
    expect(stderr).toContain('items[0].sections.k\\n/tmp/x.briefpack: \\u001b[32m');
    expect(stderr).toContain('\\ud800');
  });

  it('an entry name of 60,000 characters is cut to its start and end around …', async () => {
    const name = `annexes/${'long-name-'.repeat(6_000)}end.pdf`;
    const file = path.join(dir, 'long.briefpack');
    writeFileSync(file, containerWith(JSON.stringify(syntheticPack(1)), { [name]: strToU8('x') }));
    const { code, stderr } = await validateStderr(file);
    expect(code).toBe(1);
    expectOneSafeLine(stderr);
    expect(stderr).toMatch(/annexes\/long-name-long-name-[a-z-]*…[a-z-]*long-name-end\.pdf/);
    expect(stderr.length).toBeLessThan(500);
  });
});
