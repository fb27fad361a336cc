import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The process's peak resident memory per phase of a run. Linux keeps the peak (VmHWM in
 * /proc/self/status) and lets a process reset it (`5` into /proc/self/clear_refs), so each phase's
 * peak is read at its end and the counter reset for the next: a synchronous stretch such as the
 * index rebuild, where no timer can sample, is still measured. Elsewhere only what a 50 ms sample
 * of `process.memoryUsage().rss` sees is counted.
 */
export interface PhasePeaks {
  /** Ends the phase under way under `name`, recording its peak. */
  mark(name: string): void;
  /** Stops sampling; returns each phase's peak in bytes, in the order they ended. */
  stop(): { phase: string; bytes: number }[];
}

function highWaterMark(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function phasePeaks(): PhasePeaks {
  const resets = resetHighWaterMark();
  const phases: { phase: string; bytes: number }[] = [];
  let sampled = process.memoryUsage().rss;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 50);
  const mark = (phase: string) => {
    const now = process.memoryUsage().rss;
    const kernel = resets ? highWaterMark() : null;
    phases.push({ phase, bytes: Math.max(sampled, now, kernel ?? 0) });
    if (resets) resetHighWaterMark();
    sampled = now;
  };
  return {
    mark,
    stop: () => {
      clearInterval(timer);
      return phases;
    }
  };
}

const MB = 1e6;
const MIB = 1024 * 1024;

/** A byte count as the limit states it (decimal MB) and as tools such as top show it (MiB). */
export const mbAndMib = (bytes: number) => `${(bytes / MB).toFixed(0)} MB = ${(bytes / MIB).toFixed(0)} MiB`;
