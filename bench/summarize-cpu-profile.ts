/**
 * Prints where a V8 .cpuprofile spent its time: top functions by self and by inclusive time, and
 * self time per file or package. `tsx bench/summarize-cpu-profile.ts <file.cpuprofile> [top]`.
 * Only the main JS thread is profiled; the embedded engine's own threads do not appear.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const repoRoot = path.resolve(import.meta.dirname, '..');

function frameName(n: CpuProfileNode): string {
  const url = n.callFrame.url.replace('file://', '').replace(repoRoot + '/', '');
  const where = url === '' ? '' : ` ${url}:${n.callFrame.lineNumber + 1}`;
  return `${n.callFrame.functionName || '(anonymous)'}${where}`;
}

/** A file inside the repo, a package under node_modules, or a V8/node internal. */
function fileGroup(url: string): string {
  const u = url.replace('file://', '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (nm?.[1]) return `pkg ${nm[1]}`;
  if (u.startsWith(repoRoot)) return u.slice(repoRoot.length + 1);
  return u === '' ? '(native/V8)' : u.startsWith('node:') ? 'node internals' : u;
}

function top(map: Map<string, number>, total: number, n: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, ms]) =>
        `  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / 1000).toFixed(2).padStart(7)} s  ${k}`,
    );
}

function summarize(profile: CpuProfile, n: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    total += ms;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + ms);
    const g = fileGroup(node.callFrame.url);
    files.set(g, (files.get(g) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const a = byId.get(at);
      if (!a) break;
      const fn = frameName(a);
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
    }
  });
  return [
    `profile: ${(total / 1000).toFixed(1)} s sampled`,
    'self time by function:',
    ...top(self, total, n),
    'inclusive time by function:',
    ...top(inclusive, total, n),
    'self time by file or package:',
    ...top(files, total, n),
  ];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/summarize-cpu-profile.ts <file.cpuprofile> [top]');
  process.exit(2);
}
summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(topArg ?? 30)).forEach(
  (l) => {
    console.log(l);
  },
);
