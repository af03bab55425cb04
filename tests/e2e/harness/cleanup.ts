/**
 * Last-resort cleanup: a test that throws before `close()` must not leave a browser running
 * on a two-core machine or a profile in /tmp, so live processes and temporary directories
 * are tracked and removed when the test process exits.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';

const processes = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const child of processes) killHard(child);
    for (const dir of tempDirs) removeDirSync(dir);
  });
}

export function killHard(child: ChildProcess | null | undefined): void {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

export function trackProcess(child: ChildProcess | null | undefined): void {
  if (!child) return;
  hookExit();
  processes.add(child);
  child.once('exit', () => processes.delete(child));
}

export function untrackProcess(child: ChildProcess | null | undefined): void {
  if (child) processes.delete(child);
}

export function trackTempDir(dir: string): void {
  hookExit();
  tempDirs.add(dir);
}

export function removeDirSync(dir: string): void {
  // A browser that was just killed may still be flushing files, hence the retries.
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  tempDirs.delete(dir);
}
