/**
 * Real saves in child processes, for tests that kill or freeze a process in the
 * middle of writeFileAtomic: the child saves the given files over the target in
 * a loop; the parent watches the folder and strikes while a temp file exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { isTempFileName } from '../../host/atomic-write';
import { PROJECT_ROOT } from '../../host/paths';

/** Bundles a small script that uses the real modules, so a child process starts in milliseconds. */
export async function bundleScript(outfile: string, source: string): Promise<string> {
  await build({
    stdin: { contents: source, resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  await chmod(outfile, 0o644);
  return outfile;
}

/** A script that saves its argv[3..] files' bytes over argv[2], one after the other, for ever. */
export function bundleSaveLoop(outfile: string): Promise<string> {
  return bundleScript(
    outfile,
    `import { readFileSync } from 'node:fs';
     import { writeFileAtomic } from './host/atomic-write';
     const [target, ...versionFiles] = process.argv.slice(2);
     const versions = versionFiles.map((file) => new Uint8Array(readFileSync(file)));
     for (let i = 0; ; i++) {
       await writeFileAtomic(target, versions[i % versions.length]);
       process.stdout.write('saved ' + i + '\\n');
     }`,
  );
}

export interface SavingChild {
  child: ChildProcess;
  exited: Promise<void>;
}

export function startSaveLoop(script: string, target: string, versionFiles: readonly string[]): SavingChild {
  const child = spawn(process.execPath, [script, target, ...versionFiles], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited };
}

export async function tempFilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter(isTempFileName).sort();
}

function firstSave(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.stdout!.once('data', () => resolve());
    child.on('exit', () => resolve());
  });
}

/** Polls the folder until a temp file shows up (a save is under way), or the time is up. */
async function untilTempFile(folder: string, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if ((await tempFilesIn(folder)).length > 0) return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return false;
}

/**
 * Starts a saving child and SIGKILLs it while its temp file exists. Retries
 * (a new child each time) until a kill really left a temp file; returns those
 * files and the killed child's pid.
 */
export async function killMidSave(script: string, target: string, versionFiles: readonly string[], attempts = 20): Promise<{ left: string[]; pid: number }> {
  const folder = path.dirname(target);
  const before = new Set(await tempFilesIn(folder));
  for (let attempt = 0; attempt < attempts; attempt++) {
    const { child, exited } = startSaveLoop(script, target, versionFiles);
    await firstSave(child);
    await untilTempFile(folder, 5_000);
    child.kill('SIGKILL');
    await exited;
    const left = (await tempFilesIn(folder)).filter((name) => !before.has(name));
    if (left.length > 0) return { left, pid: child.pid! };
  }
  throw new Error(`no kill in ${attempts} attempts left a temp file behind`);
}

/**
 * Starts a saving child and freezes it (SIGSTOP) in the middle of a save, so its
 * temp file belongs to a live process. Call release() to kill it.
 */
export async function freezeMidSave(
  script: string,
  target: string,
  versionFiles: readonly string[],
): Promise<{ temp: string; pid: number; release(): Promise<void> }> {
  const folder = path.dirname(target);
  const { child, exited } = startSaveLoop(script, target, versionFiles);
  await firstSave(child);
  for (let attempt = 0; attempt < 200; attempt++) {
    await untilTempFile(folder, 5_000);
    child.kill('SIGSTOP');
    // The rename may have happened between seeing the file and the stop.
    const temps = await tempFilesIn(folder);
    if (temps.length === 1) {
      return {
        temp: temps[0]!,
        pid: child.pid!,
        release: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      };
    }
    child.kill('SIGCONT');
  }
  child.kill('SIGKILL');
  await exited;
  throw new Error('could not freeze the child in the middle of a save');
}
