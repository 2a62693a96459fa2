import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../host/paths';

const require = createRequire(import.meta.url);

interface FusesModule {
  FuseV1Options: Record<string, number>;
  getCurrentFuseWire(file: string): Promise<Record<string, unknown>>;
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-packaging-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema validation', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    const config = await getConfig(PROJECT_ROOT, path.join(PROJECT_ROOT, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the bundles, the templates and fonts as extra resources, and packs for all three platforms', async () => {
    const yaml = require('js-yaml');
    const config = yaml.load(await readFile(path.join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8'));
    expect(config).toMatchObject({
      appId: 'nl.defensie.briefingcomposer',
      productName: 'Briefing Composer',
      files: expect.arrayContaining(['dist/**', 'package.json', '!node_modules/**']),
      extraResources: [
        { from: 'templates', to: 'templates' },
        { from: 'assets', to: 'assets' },
        { from: 'node_modules/dictionary-en', to: 'dictionaries/en', filter: ['index.aff', 'index.dic', 'license'] },
      ],
      fileAssociations: [expect.objectContaining({ ext: 'briefpack' })],
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
      afterPack: 'build/after-pack.cjs',
      publish: null,
      icon: 'assets/icon.png',
    });
    expect(config.fileAssociations[0]).toMatchObject({ ext: 'briefpack', icon: 'assets/icon.png', role: 'Editor' });
  });

  it('has a 512x512 PNG icon, the one build/make-icon.mjs draws', async () => {
    const icon = await readFile(path.join(PROJECT_ROOT, 'assets', 'icon.png'));
    expect([...icon.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
    const { drawIcon } = await import(path.join(PROJECT_ROOT, 'build', 'make-icon.mjs'));
    expect(Buffer.compare(drawIcon(), icon)).toBe(0);
  });

  const hasElectronBinary = (() => {
    try {
      return typeof require('electron') === 'string';
    } catch {
      return false;
    }
  })();

  it.skipIf(hasElectronBinary)('npm run dist says in one line that installers need the Electron binary, where it is missing', () => {
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build.mjs'), '--dist'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('the Electron binary is not installed')]);
  });
});

describe('afterPack fuses', () => {
  // Electron's fuse wire: a sentinel, version 1, length, then one byte per fuse ('0' off, '1' on).
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const ELECTRON_DEFAULTS = '10110001';

  it('flips the fuses in the packed executable where electron-builder put it', async () => {
    const { PlatformPackager } = require('app-builder-lib');
    const fuses = require('@electron/fuses') as FusesModule;
    const afterPack = require(path.join(PROJECT_ROOT, 'build', 'after-pack.cjs'));
    const executable = path.join(dir, 'Briefing Composer.exe');
    const padding = Buffer.alloc(4096, 0x90);
    await writeFile(executable, Buffer.concat([padding, Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULTS), padding]));

    await afterPack({
      appOutDir: dir,
      electronPlatformName: 'win32',
      arch: 1,
      // electron-builder's own method finds the executable; only its data is stood in for here.
      packager: { appInfo: { productFilename: 'Briefing Composer' }, addElectronFuses: PlatformPackager.prototype.addElectronFuses },
    });

    const wire = await fuses.getCurrentFuseWire(executable);
    const OFF = 48;
    const ON = 49;
    expect(wire[fuses.FuseV1Options.RunAsNode!]).toBe(OFF);
    expect(wire[fuses.FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(OFF);
    expect(wire[fuses.FuseV1Options.EnableNodeCliInspectArguments!]).toBe(OFF);
    expect(wire[fuses.FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(ON);
    expect(wire[fuses.FuseV1Options.OnlyLoadAppFromAsar!]).toBe(ON);
    expect(wire[fuses.FuseV1Options.GrantFileProtocolExtraPrivileges!]).toBe(OFF);
    expect(wire[fuses.FuseV1Options.EnableCookieEncryption!]).toBe(OFF); // untouched
    expect((await readFile(executable)).length).toBe(4096 * 2 + SENTINEL.length + 2 + 8);
  });

  it('resets the ad-hoc signature only for Apple Silicon', () => {
    const { fuseConfig } = require(path.join(PROJECT_ROOT, 'build', 'after-pack.cjs'));
    const fuses = require('@electron/fuses');
    expect(fuseConfig(fuses, 'darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig(fuses, 'darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig(fuses, 'linux', 'x64').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('npm start without the Electron binary', () => {
  it('prints one clear line and exits 1, without a stack trace', () => {
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'start.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      // Points the electron package at a folder without a binary, as on a machine where its download was skipped.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron-here') },
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron binary is not installed.*npm run web.*briefing/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
