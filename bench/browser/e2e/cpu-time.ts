/**
 * CPU time of the benchmark's Chromium, from /proc: every process of it (renderer, network,
 * GPU, browser) and the renderers' main threads alone. The machine is shared and its load swings
 * from 2 to 10 on 2 cores, which stretches wall-clock figures several times over; the CPU time
 * the work took moves far less (the engine bench's `warm CPU` rests on the same idea). The main
 * thread's CPU time is also what a first frame cannot go below on an idle machine, since the
 * load's steps run one after another on it.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'puppeteer-core';

/** Linux's USER_HZ, 100 on every architecture this runs on. */
const MS_PER_TICK = 10;

/** pid → its type and CPU ms so far (whole process, main thread). */
export type CpuSnapshot = Map<number, { type: string; process: number; main: number }>;

/** utime + stime of a /proc stat file, in ms. The fields after the command's closing paren start at field 3 (state). */
function cpuMs(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

/** `session`: a browser-level CDP session (SystemInfo lists the browser's processes). */
export async function cpuSnapshot(session: CDPSession): Promise<CpuSnapshot> {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  const snapshot: CpuSnapshot = new Map();
  for (const { id, type } of processInfo) {
    try {
      // The main thread's task id is the process id.
      snapshot.set(id, { type, process: cpuMs(`/proc/${id}/stat`), main: cpuMs(`/proc/${id}/task/${id}/stat`) });
    } catch {
      // The process ended in between: it did none of the work measured next.
    }
  }
  return snapshot;
}

/** CPU ms spent between two snapshots: by every process, and by the renderers' main threads. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): { allMs: number; rendererMainMs: number } {
  let allMs = 0;
  let rendererMainMs = 0;
  for (const [pid, now] of after) {
    const then = before.get(pid) ?? { process: 0, main: 0 };
    allMs += now.process - then.process;
    if (now.type === 'renderer') rendererMainMs += now.main - then.main;
  }
  return { allMs, rendererMainMs };
}
