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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): [number, number] | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, i) => bytes[i] === byte) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function builderConfig() {
  const yaml = require('js-yaml');
  return yaml.load(await readFile(path.join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8'));
}

async function packageJson() {
  return JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
}

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
    expect(config.fileAssociations[0]).toMatchObject({ ext: 'briefpack', role: 'Editor' });
  });

  it('has a 512x512 PNG icon, the one build/make-icon.mjs draws', async () => {
    const icon = await readFile(path.join(PROJECT_ROOT, 'assets', 'icon.png'));
    expect(pngSize(icon)).toEqual([512, 512]);
    const { drawIcon } = await import(path.join(PROJECT_ROOT, 'build', 'make-icon.mjs'));
    expect(Buffer.compare(drawIcon(), icon)).toBe(0);
  });

  it('gives .briefpack files and the app an .ico on Windows and an .icns on macOS, as electron-builder resolves the names', async () => {
    // electron-builder's own rule for turning the configured icon into a platform's file name.
    const { getPlatformIconFileName } = require('builder-util');
    const config = await builderConfig();
    const icons = {
      windows: [getPlatformIconFileName(config.fileAssociations[0].icon, false), config.win.icon],
      mac: [getPlatformIconFileName(config.fileAssociations[0].icon, true), config.mac.icon],
    };
    expect(icons).toEqual({ windows: ['assets/icon.ico', 'assets/icon.ico'], mac: ['assets/icon.icns', 'assets/icon.icns'] });
    expect((await readFile(path.join(PROJECT_ROOT, 'assets/icon.ico'))).readUInt16LE(2)).toBe(1);
    expect((await readFile(path.join(PROJECT_ROOT, 'assets/icon.icns'))).toString('latin1', 0, 4)).toBe('icns');
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

describe('icon files for Windows and macOS', () => {
  it('icon.ico: a directory of 16 to 256 px images, each read back at its stated size, as make-icon.mjs writes it', async () => {
    const ico = await readFile(path.join(PROJECT_ROOT, 'assets', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type 1 = icon
    const count = ico.readUInt16LE(4);
    const entries = Array.from({ length: count }, (_, i) => {
      const at = 6 + 16 * i;
      const image = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      const stated = ico[at] || 256; // 0 stands for 256
      const png = pngSize(image);
      // A BMP image's header states twice the height: the colour rows, then the AND mask.
      const read = png ?? [image.readInt32LE(4), image.readInt32LE(8) / 2];
      return {
        stated: [stated, ico[at + 1] || 256],
        read,
        planes: ico.readUInt16LE(at + 4),
        bits: ico.readUInt16LE(at + 6),
        format: png ? 'png' : image.readUInt32LE(0) === 40 && image.readUInt16LE(14) === 32 ? 'bmp32' : 'unknown',
        offset: ico.readUInt32LE(at + 12),
        length: image.length,
      };
    });
    expect(entries.map((e) => e.stated[0])).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries) {
      expect(entry.read, `entry ${entry.stated[0]}`).toEqual(entry.stated);
      expect(entry).toMatchObject({ planes: 1, bits: 32 });
      expect(entry.format).not.toBe('unknown');
    }
    // Small sizes as BMP, which every Windows version reads; 256 as PNG (what Windows expects there).
    expect(entries.find((e) => e.stated[0] === 256)?.format).toBe('png');
    expect(entries.find((e) => e.stated[0] === 16)?.format).toBe('bmp32');
    // Images follow the directory back to back, up to the end of the file.
    let next = 6 + 16 * count;
    for (const entry of entries) {
      expect(entry.offset).toBe(next);
      next += entry.length;
    }
    expect(next).toBe(ico.length);
    const { encodeIco } = await import(path.join(PROJECT_ROOT, 'build', 'make-icon.mjs'));
    expect(Buffer.compare(encodeIco(), ico), 'assets/icon.ico is what build/make-icon.mjs writes now').toBe(0);
  });

  it('icon.icns: PNG elements of the types macOS looks for, each at the size its type means', async () => {
    const icns = await readFile(path.join(PROJECT_ROOT, 'assets', 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const elements: { type: string; size: [number, number] | null }[] = [];
    for (let at = 8; at < icns.length; ) {
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      elements.push({ type: icns.toString('latin1', at, at + 4), size: pngSize(icns.subarray(at + 8, at + length)) });
      at += length;
    }
    // Apple's element types for PNG data: @1x and @2x from 16 to 512 points.
    const PIXELS: Record<string, number> = { icp4: 16, icp5: 32, ic11: 32, icp6: 64, ic12: 64, ic07: 128, ic08: 256, ic13: 256, ic09: 512, ic14: 512, ic10: 1024 };
    expect(elements.map((e) => e.type).sort()).toEqual(Object.keys(PIXELS).sort());
    for (const { type, size } of elements) expect(size, type).toEqual([PIXELS[type], PIXELS[type]]);
    const { encodeIcns } = await import(path.join(PROJECT_ROOT, 'build', 'make-icon.mjs'));
    expect(Buffer.compare(encodeIcns(), icns), 'assets/icon.icns is what build/make-icon.mjs writes now').toBe(0);
  });
});

describe('package.json for electron-builder', () => {
  it('has the homepage the .deb needs and an author, as electron-builder reads them', async () => {
    const { readPackageJson, checkMetadata } = require('app-builder-lib/out/util/packageMetadata');
    const { AppInfo } = require('app-builder-lib');
    const { log } = require('builder-util');
    const file = path.join(PROJECT_ROOT, 'package.json');
    const metadata = await readPackageJson(file);
    const warnings: string[] = [];
    const warn = log.warn;
    log.warn = (_fields: unknown, message: string) => warnings.push(message);
    try {
      checkMetadata(metadata, metadata, file, file);
    } finally {
      log.warn = warn;
    }
    expect(warnings).toEqual([]);
    expect(metadata.author).toMatchObject({ name: expect.stringMatching(/\S/) });
    // The .deb target fails with "Please specify project homepage" when this is null.
    const appInfo = new AppInfo({ metadata, devMetadata: metadata, config: await builderConfig(), repositoryInfo: Promise.resolve(null) }, null);
    expect(await appInfo.computePackageUrl()).toMatch(/^https:\/\//);
  });

  it('names the .desktop file and the window alike, so the window groups with its launcher', async () => {
    const { AppInfo } = require('app-builder-lib');
    const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper');
    const { readPackageJson } = require('app-builder-lib/out/util/packageMetadata');
    const metadata = await readPackageJson(path.join(PROJECT_ROOT, 'package.json'));
    const config = await builderConfig();
    expect(metadata.desktopName).toBe('briefing-composer.desktop');
    expect(config.linux.syncDesktopName).toBe(true);
    const appInfo = new AppInfo({ metadata, devMetadata: metadata, config }, null);
    // electron-builder's own helper writes the entry; only the packager's data is stood in for here.
    const helper = new LinuxTargetHelper({
      appInfo,
      info: { metadata },
      config,
      platformSpecificBuildOptions: config.linux,
      executableName: appInfo.sanitizedName.toLowerCase(),
      fileAssociations: config.fileAssociations,
    });
    expect(helper.getDesktopFileName()).toBe('briefing-composer');
    const entry = Object.fromEntries(
      ((await helper.computeDesktopEntry(config.linux)) as string).split('\n').filter((line) => line.includes('=')).map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    // Electron sets the window's app_id / WM_CLASS from desktopName without ".desktop".
    expect(entry).toMatchObject({ StartupWMClass: 'briefing-composer', MimeType: 'application/vnd.briefing-composer.pack+zip;' });
  });
});

describe('what the README says about packaging', () => {
  it('warns that the AppImage stops on Ubuntu 24.04+ and recommends the .deb, without turning the sandbox off', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const note = readme.split(/\n\n/).find((paragraph) => /AppImage/.test(paragraph) && /Ubuntu 24\.04/.test(paragraph));
    expect(note, 'a README paragraph about the AppImage on Ubuntu 24.04').toBeDefined();
    expect(note).toMatch(/SUID sandbox/);
    expect(note).toMatch(/\.deb/);
    expect(readme).not.toMatch(/--no-sandbox|ELECTRON_DISABLE_SANDBOX/);
    const config = await builderConfig();
    expect(JSON.stringify(config)).not.toMatch(/no-sandbox/);
    // Why the .deb works there: electron-builder's install script loads an AppArmor profile for it.
    const afterInstall = await readFile(require.resolve('app-builder-lib/templates/linux/after-install.tpl'), 'utf8');
    expect(afterInstall).toMatch(/apparmor_parser --replace/);
  });

  it('states the Node.js version packaging needs: the highest that electron-builder\'s dependencies declare', async () => {
    const semver = require('semver');
    const lock = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8'));
    const packages: Record<string, { engines?: { node?: string }; dependencies?: object; optionalDependencies?: object }> = lock.packages;
    // Node's lookup: the nearest node_modules/<name> from the dependent package upwards.
    const resolve = (from: string, name: string): string | null => {
      for (let at = from; ; at = at.includes('/node_modules/') ? at.slice(0, at.lastIndexOf('/node_modules/')) : '') {
        const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
        if (packages[candidate]) return candidate;
        if (!at) return null;
      }
    };
    let needed = '0.0.0';
    const seen = new Set<string>();
    const queue = [resolve('', 'electron-builder')];
    while (queue.length > 0) {
      const key = queue.pop();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = packages[key]!;
      const minimum = entry.engines?.node ? semver.minVersion(entry.engines.node)?.version : null;
      if (minimum && semver.gt(minimum, needed)) needed = minimum;
      for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) queue.push(resolve(key, name));
    }
    expect(seen.size).toBeGreaterThan(50);
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const stated = /`npm run dist`[^.]*?needs Node\.js (\d+\.\d+)/.exec(readme)?.[1];
    expect(stated, 'README: "`npm run dist` … needs Node.js X.Y"').toBeDefined();
    expect(`${stated}.0`).toBe(needed);
    // Everything else keeps the lower requirement of package.json.
    expect((await packageJson()).engines.node).toBe('>=20.19.0');
    expect(readme).toMatch(/You need Node\.js 20\.19 or newer/);
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
