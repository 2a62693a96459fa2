// electron-builder afterPack hook: flips Electron's fuses in the packed binary,
// switching off the ways to run it as a plain Node.js or debug it from outside,
// and making it load only the (integrity-checked) app.asar. It runs before
// signing, as fuses must.
'use strict';

/** The fuse settings, by @electron/fuses option name. */
const FUSE_SETTINGS = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // We serve the renderer over app://, so file:// needs none of its legacy privileges.
  GrantFileProtocolExtraPrivileges: false,
});

function loadFuses() {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook loading an optional package
    return require('@electron/fuses');
  } catch {
    return null;
  }
}

/** The FuseConfig for @electron/fuses, built from its own enums so an index can never be wrong. */
function fuseConfig(fuses, platform, arch) {
  const config = {
    version: fuses.FuseVersion.V1,
    // Apple Silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
  };
  for (const [name, value] of Object.entries(FUSE_SETTINGS)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = value;
  }
  return config;
}

/** electron-builder's Arch enum is numeric; @electron/fuses wants the name. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

async function afterPack(context) {
  const fuses = loadFuses();
  if (!fuses) {
    console.warn('  • afterPack: @electron/fuses is not installed; fuses NOT flipped. Add it to devDependencies for release builds.');
    return;
  }
  const platform = context.electronPlatformName;
  const arch = typeof context.arch === 'number' ? ARCH_NAMES[context.arch] : context.arch;
  // The packager knows where it put the executable on each platform.
  await context.packager.addElectronFuses(context, fuseConfig(fuses, platform, arch));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.FUSE_SETTINGS = FUSE_SETTINGS;
