/**
 * Who owns a save's temp file, and whether that owner still runs. The temp name
 * carries the owner (see atomic-write.ts), so a later save or the next start can
 * remove the leftovers of a killed save at once, whatever their age, while the
 * temp file of a save in progress in another process survives.
 *
 * A pid alone is not enough: pids are reused. On Linux the owner also records
 * its start time (clock ticks since boot, /proc/<pid>/stat), so a new process
 * that got the same pid is told apart. Elsewhere only "is the pid running" is
 * known; a running pid there keeps its file until the age limit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface TempOwner {
  /** A short hash of the host name: pids mean nothing on another computer sharing the folder. */
  host: string;
  pid: number;
  /** The process's start time where the platform tells it, else '0' (unknown). */
  start: string;
}

/** What the sweep may conclude about a temp file's owner. */
export type OwnerState = 'running' | 'gone' | 'unknown';

export const UNKNOWN_START = '0';

export function hostTag(hostname = os.hostname()): string {
  return createHash('sha256').update(hostname.toLowerCase()).digest('hex').slice(0, 6);
}

/**
 * The state and start time in a /proc/<pid>/stat line. The command name (field 2)
 * is in parentheses and may itself contain spaces and ")", so fields are counted
 * from the last ")". Returns null for text that is not such a line.
 */
export function parseProcStat(text: string): { state: string; startTicks: string } | null {
  const end = text.lastIndexOf(')');
  if (end < 0) return null;
  const fields = text.slice(end + 1).trim().split(/\s+/);
  // fields[0] is field 3 (state); starttime is field 22.
  const state = fields[0];
  const startTicks = fields[19];
  if (!state || !startTicks || !/^\d+$/.test(startTicks)) return null;
  return { state, startTicks };
}

type Probe = { kind: 'running'; start: string | null } | { kind: 'gone' } | { kind: 'unknown' };

function probeLinux(pid: number): Probe {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'gone' } : { kind: 'unknown' };
  }
  const parsed = parseProcStat(text);
  if (!parsed) return { kind: 'unknown' };
  // A zombie (Z) or dying (X) process has stopped writing for good.
  if (parsed.state === 'Z' || parsed.state === 'X') return { kind: 'gone' };
  return { kind: 'running', start: parsed.startTicks };
}

function probeBySignal(pid: number): Probe {
  try {
    process.kill(pid, 0);
    return { kind: 'running', start: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EPERM: it runs, under another user.
    if (code === 'EPERM') return { kind: 'running', start: null };
    return code === 'ESRCH' ? { kind: 'gone' } : { kind: 'unknown' };
  }
}

function probe(pid: number): Probe {
  if (!Number.isSafeInteger(pid) || pid <= 0) return { kind: 'unknown' };
  return process.platform === 'linux' ? probeLinux(pid) : probeBySignal(pid);
}

let self: TempOwner | undefined;

/** This process as the owner of the temp files it writes. */
export function currentOwner(): TempOwner {
  if (!self) {
    const found = probe(process.pid);
    self = { host: hostTag(), pid: process.pid, start: (found.kind === 'running' && found.start) || UNKNOWN_START };
  }
  return self;
}

/**
 * 'running' only when the owner may still be writing: the same pid runs and, where
 * start times are known, started at the same moment. 'gone' when it certainly
 * stopped (or its pid now belongs to another process). 'unknown' for another
 * computer, or a running pid whose start time cannot be checked.
 */
export function ownerState(owner: TempOwner): OwnerState {
  if (owner.host !== hostTag()) return 'unknown';
  const found = probe(owner.pid);
  if (found.kind !== 'running') return found.kind;
  if (found.start === null || owner.start === UNKNOWN_START) return 'unknown';
  return found.start === owner.start ? 'running' : 'gone';
}
