/**
 * Command-line start-up benchmark: npm run bench:cli [-- --runs N]
 * Times whole processes, as a person or a script runs them: `node bin/briefing.mjs …` spawned
 * N times per case (default 9, at least 5), wall clock from spawn to exit. Prints one JSON object
 * per case with the median, minimum and maximum in ms, the median CPU time of the process (on
 * Linux) and the target.
 *
 * Each run asks the launcher which code it ran (BRIEFING_SHOW_LAUNCH). A run that had to rebuild
 * the bundle first, because a source changed during the benchmark, is left out of the median and
 * counted in `rebuilt`: the times are of the built command line, as it starts after `npm install`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticPack } from '../core/model/synthetic';
import { encodePack } from '../core/pack/container';
import { PROJECT_ROOT } from '../host/paths';

const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');
const DEFAULT_RUNS = 9;
const MIN_RUNS = 5;

interface Case {
  name: string;
  command: string[];
  targetMs: number | null;
}

function cases(dir: string, largePack: string): Case[] {
  const out = (file: string) => path.join(dir, file);
  return [
    { name: 'node -e 0 (node alone)', command: ['-e', '0'], targetMs: null },
    { name: 'briefing --help', command: [BIN, '--help'], targetMs: 200 },
    { name: 'briefing templates', command: [BIN, 'templates'], targetMs: 200 },
    { name: 'sample to PDF', command: [BIN, 'export', '--sample', '--format', 'pdf', '-o', out('sample.pdf')], targetMs: 400 },
    { name: 'sample to DOCX', command: [BIN, 'export', '--sample', '--format', 'docx', '-o', out('sample.docx')], targetMs: 400 },
    { name: '200-item pack to PDF', command: [BIN, 'export', largePack, '--format', 'pdf', '-o', out('large.pdf')], targetMs: 800 },
  ];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number): number => Math.round(ms);

/**
 * CPU seconds of this process's finished children (user + system, /proc/self/stat fields 16 and 17,
 * in clock ticks of 10 ms), or null off Linux. Less moved by other work on a shared machine than
 * the wall clock, which waits for the cores.
 */
function childCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // After the name in parentheses, which may hold spaces: field 3 onwards.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

interface Timing {
  wallMs: number;
  cpuMs: number | null;
}

/** One whole process; null when the launcher rebuilt the bundle first. */
function timeOnce(command: readonly string[]): Timing | null {
  const cpuBefore = childCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, command, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_SHOW_LAUNCH: '1', LANG: 'en_GB.UTF-8' },
  });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command.slice(1).join(' ')} failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`);
  const cpuAfter = childCpuMs();
  if (/briefing: running rebuilt /.test(run.stderr)) return null;
  return { wallMs: elapsed, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function main(): void {
  const argv = process.argv.slice(2);
  const asked = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : DEFAULT_RUNS;
  if (!Number.isInteger(asked)) throw new Error('--runs takes a whole number, e.g. 9');
  const runs = Math.max(MIN_RUNS, asked);
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-bench-cli-'));
  try {
    const largePack = path.join(dir, 'synthetic-200.briefpack');
    writeFileSync(largePack, encodePack({ pack: syntheticPack(200), annexFiles: new Map() }));
    // Builds the bundle if the sources changed since the last build, outside the timed runs.
    timeOnce([BIN, '--help']);
    for (const { name, command, targetMs } of cases(dir, largePack)) {
      const timings: Timing[] = [];
      let rebuilt = 0;
      timeOnce(command); // the page cache, as on a machine where the command ran before
      for (let run = 0; run < runs; run++) {
        const timing = timeOnce(command);
        if (timing === null) rebuilt++;
        else timings.push(timing);
      }
      const times = timings.map((t) => t.wallMs);
      const cpu = timings.flatMap((t) => (t.cpuMs === null ? [] : [t.cpuMs]));
      const row = times.length
        ? {
            case: name,
            medianMs: round(median(times)),
            minMs: round(Math.min(...times)),
            maxMs: round(Math.max(...times)),
            cpuMedianMs: cpu.length ? round(median(cpu)) : null,
            runs: times.length,
            rebuilt,
            targetMs,
          }
        : { case: name, error: 'every run rebuilt the bundle (sources kept changing)', rebuilt };
      console.log(JSON.stringify(row));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
