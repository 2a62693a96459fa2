// The command line's built JavaScript: dist/cli/<build>/main.mjs, bundled from cli/main.ts by esbuild,
// and dist/cli/manifest.json, which names that build and every file it was built from (with its size
// and modification time; for an installed package, its package.json). bin/briefing.mjs runs the build
// only while every one of those files is unchanged, so nobody editing cli/, core/ or host/ ever runs
// stale code.
//
// Each build gets a folder of its own and the manifest is replaced by a rename, so a process starting
// while another builds sees either the old build or the new one, each with its own manifest.
// Node builtins only at the top: the launcher imports this module on every start.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where builds and the manifest go; a test can point it at a copy of the project. */
export function cliDistDir(root = ROOT) {
  return path.join(root, 'dist', 'cli');
}

/**
 * Also part of every build's inputs: how the bundle is made. The installed packages need no entry:
 * each of their files in the bundle is an input. (Not node_modules/.package-lock.json: npm ci
 * rewrites it after the prepare script, which made the first start after every install rebuild.)
 */
const BUILD_INPUTS = ['scripts/cli-bundle.mjs'];

/** Older builds are removed by the next build; younger ones may still be loading chunks into a running process. */
const KEEP_OLD_BUILDS_MS = 60 * 1000;

/**
 * What stands for a bundled file in the manifest: the file itself, or for a file of an installed
 * package that package's package.json, which npm writes anew with every install of it. A start
 * checks about 40 packages instead of their 650 files, which took 30 to 50 ms of every command.
 */
function manifestEntry(file) {
  const installed = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return installed ? `${installed[1]}/package.json` : file;
}

function fingerprint(file) {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * The entry file of the build made from the project's current files, or, when there is none, why:
 * { stale: 'no build' } or the first file that changed.
 */
export function freshCliBundle(root = ROOT) {
  const dist = cliDistDir(root);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  } catch {
    return { stale: 'no build' };
  }
  if (typeof manifest?.entry !== 'string' || typeof manifest.inputs !== 'object') return { stale: 'no build' };
  for (const [file, recorded] of Object.entries(manifest.inputs)) {
    if (fingerprint(path.join(root, file)) !== recorded) return { stale: file };
  }
  return { entry: path.join(dist, manifest.entry) };
}

const FONTKIT_FILE = /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/;
const BROTLI_DICTIONARY_INIT = '\n\tdictionary.init(BrotliDecompressBuffer);\n';
// The same dictionary, unpacked on first use: the getter replaces itself with the words.
const BROTLI_DICTIONARY_ON_USE = `
\tObject.defineProperty(dictionary, 'dictionary', { configurable: true, get: function () {
\t  var words = dictionaryDataCompressed.init(BrotliDecompressBuffer);
\t  Object.defineProperty(dictionary, 'dictionary', { value: words, writable: true });
\t  return words;
\t} });
`;

/**
 * fontkit unpacks Brotli's 120 KB dictionary as it loads (about a fifth of the PDF export's start),
 * for WOFF2 fonts only, which the exporters never read; in the bundle it is unpacked when first
 * used. fontkit 1.1.1 is frozen, so the build fails rather than quietly skip this if it changes.
 */
const lazyBrotliDictionary = {
  name: 'lazy-brotli-dictionary',
  setup(build) {
    build.onLoad({ filter: FONTKIT_FILE }, async ({ path: file }) => {
      const source = readFileSync(file, 'utf8');
      if (!source.includes(BROTLI_DICTIONARY_INIT)) throw new Error(`${file}: the Brotli dictionary set-up to defer is not there`);
      return { contents: source.replace(BROTLI_DICTIONARY_INIT, BROTLI_DICTIONARY_ON_USE), loader: 'js' };
    });
  },
};

/**
 * zod's namespace `z`, which every schema module imports, carries all 50 of its message languages
 * (`z.locales`, `z.core.locales`), so none can be left out of the bundle by itself: 370 KB of the 780 KB that
 * `templates` and every export compile on start. zod speaks English (its default, which the
 * messages the command line shows are built on) and nothing here asks for another, so in the
 * bundle `z.locales` holds English only.
 */
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(importer)
        ? { path: path.join(resolveDir, '../locales/en-only.js'), namespace: 'english-only-zod-locales', pluginData: resolveDir }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english-only-zod-locales' }, ({ pluginData }) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: pluginData,
      loader: 'js',
    }));
  },
};

const PREBUILT_SAMPLE_FILE = /[\\/]host[\\/]sample-prebuilt\.ts$/;

/** Puts the sample pack made before bundling (samplePackJson) into host/sample-prebuilt.ts. */
function prebuiltSamplePack(json) {
  return {
    name: 'prebuilt-sample-pack',
    setup(build) {
      build.onLoad({ filter: PREBUILT_SAMPLE_FILE }, () => ({ contents: `export const PREBUILT_SAMPLE_PACK = ${JSON.stringify(json)};`, loader: 'js' }));
    },
  };
}

/**
 * esbuild options for the CLI: ESM with code splitting, so each command's modules (and pdf-lib,
 * docx, pdf.js behind them) load only when that command runs; --help and templates load neither.
 * Packages are bundled too: resolving pdf-lib's hundreds of files through node_modules on every
 * start costs more than reading them from a few chunks.
 */
export function cliBundleOptions(outdir, root = ROOT, samplePackJson = null) {
  return {
    absWorkingDir: root,
    entryPoints: { main: path.join(root, 'cli/main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    banner: {
      js: [
        // Bundled CommonJS packages (mammoth, fontkit) call require for node builtins.
        "import { createRequire as __briefingCreateRequire } from 'node:module';",
        'const require = __briefingCreateRequire(import.meta.url);',
        // host/ finds the project (templates, assets, node_modules) from its own file; every chunk
        // sits in dist/cli/<build>/, so that file is three folders up.
        "const __briefingHostUrl = new URL('../../../host/bundle.js', import.meta.url).href;",
      ].join('\n'),
    },
    define: { 'import.meta.url': '__briefingHostUrl' },
    plugins: [lazyBrotliDictionary, englishOnlyZodLocales, ...(samplePackJson === null ? [] : [prebuiltSamplePack(samplePackJson)])],
  };
}

/**
 * The sample pack, imported from the sample letter by the importer as built from the current
 * sources (a bundle of host/sample-prebuild.ts, run once and removed), with what it was built from.
 */
async function buildSamplePack(build, root) {
  const dist = cliDistDir(root);
  // Beside the builds, so host/ finds the project from it as it does from them.
  const outdir = path.join(dist, `prebuild-${Date.now()}-${process.pid}`);
  try {
    const options = cliBundleOptions(outdir, root);
    const result = await build({ ...options, entryPoints: { 'sample-prebuild': path.join(root, 'host/sample-prebuild.ts') }, splitting: false });
    const { samplePackJson } = await import(pathToFileURL(path.join(outdir, 'sample-prebuild.mjs')).href);
    return { json: samplePackJson(path.join(root, 'assets')), inputs: Object.keys(result.metafile.inputs) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Bundles the CLI into a new build folder, then points the manifest at it. Returns the entry file. */
export async function buildCli(root = ROOT) {
  const { build } = await import('esbuild');
  const dist = cliDistDir(root);
  const buildName = `build-${Date.now()}-${process.pid}`;
  const outdir = path.join(dist, buildName);
  const sample = await buildSamplePack(build, root);
  const result = await build(cliBundleOptions(outdir, root, sample.json));
  // Which chunk holds which module and imports which, for tests/unit/cli-launcher.test.ts.
  writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...sample.inputs, ...BUILD_INPUTS].map(manifestEntry)) {
    inputs[file] ??= fingerprint(path.join(root, file));
  }
  const manifest = { entry: `${buildName}/main.mjs`, inputs };
  const temporary = path.join(dist, `.manifest-${process.pid}.json`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, path.join(dist, 'manifest.json'));
  removeOldBuilds(dist, buildName);
  return path.join(dist, manifest.entry);
}

function removeOldBuilds(dist, current) {
  for (const name of readdirSync(dist)) {
    if (!name.startsWith('build-') || name === current) continue;
    const folder = path.join(dist, name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Another build removed it first.
    }
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
// Run by npm's prepare script after every install, so `npx briefing` starts from the bundle at once.
if (invokedDirectly) {
  try {
    console.log(`briefing: built ${path.relative(ROOT, await buildCli())}`);
  } catch (error) {
    // Not a reason to fail the install (an install without devDependencies has no esbuild):
    // bin/briefing.mjs then runs the sources, and tests/unit/cli-launcher.test.ts fails on a build that breaks.
    const noEsbuild = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes("'esbuild'");
    const reason = noEsbuild ? 'esbuild is not installed' : error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`briefing: the command line was not built (${reason}); it runs from the TypeScript sources instead.`);
  }
}
