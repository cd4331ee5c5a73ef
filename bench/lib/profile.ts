/**
 * CPU profile of one block of work (not the whole run): the inspector's sampling profiler
 * around `fn`, written as a .cpuprofile (open in Chrome DevTools) plus a self-time summary.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function profileBlock(file: string, fn: () => void): Promise<string[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  fn();
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  return selfTimes(profile);
}

/** Self time per function, largest first, as "ms  name  file:line". */
export function selfTimes(profile: Profile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    // The inspector's own `dispatch` (stopping the profiler, building the profile) is not the work.
    if (!frame || (frame.functionName === 'dispatch' && frame.url === '')) return;
    const key = `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`total ${total.toFixed(1)} ms sampled (self time; the profiler's own dispatch left out)`, ...rows.map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`)];
}
