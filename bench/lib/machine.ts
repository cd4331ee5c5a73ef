/** What the numbers were measured on: the machine is shared with other engineers' test runs, so say so. */
import { cpus, loadavg, totalmem, freemem, platform, release } from 'node:os';
import { getHeapStatistics } from 'node:v8';

export interface MachineInfo {
  node: string;
  v8: string;
  platform: string;
  cpuModel: string;
  cores: number;
  loadAverageAtStart: [number, number, number];
  totalMemoryGB: number;
  freeMemoryGBAtStart: number;
  heapLimitMB: number;
  exposeGc: boolean;
  nodeFlags: string[];
  startedAt: string;
  note: string;
}

export function machineInfo(): MachineInfo {
  const cpu = cpus();
  const [l1, l5, l15] = loadavg();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()}`,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    loadAverageAtStart: [round(l1 ?? 0), round(l5 ?? 0), round(l15 ?? 0)],
    totalMemoryGB: round(totalmem() / 2 ** 30),
    freeMemoryGBAtStart: round(freemem() / 2 ** 30),
    heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
    exposeGc: typeof (globalThis as { gc?: unknown }).gc === 'function',
    nodeFlags: process.execArgv.filter((a) => a.startsWith('--') && !a.includes('tsx')),
    startedAt: new Date().toISOString(),
    note:
      'Shared, noisy machine: other engineers run test suites, type checks and builds on the same cores at the same time. ' +
      'Quote medians; a single run can be several times slower than its median. Load average is 1/5/15-minute.',
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Load average now, for the report's per-phase notes. */
export function loadNow(): number {
  return round(loadavg()[0] ?? 0);
}
