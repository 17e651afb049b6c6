/**
 * Colour families per profile.frame.type (the eBPF profiler's values), so the eye separates
 * kernel, native and each runtime at a glance. Hue and saturation per type; lightness varies a
 * little by function name so neighbouring frames of one type stay distinguishable.
 */
const families: Record<string, { label: string; hue: number; sat: number }> = {
  kernel: { label: 'Kernel', hue: 28, sat: 85 },
  native: { label: 'Native', hue: 4, sat: 70 },
  go: { label: 'Go', hue: 190, sat: 60 },
  v8js: { label: 'JavaScript (V8)', hue: 60, sat: 65 },
  jvm: { label: 'JVM', hue: 125, sat: 45 },
  cpython: { label: 'Python', hue: 215, sat: 65 },
  php: { label: 'PHP', hue: 255, sat: 45 },
  phpjit: { label: 'PHP JIT', hue: 265, sat: 45 },
  ruby: { label: 'Ruby', hue: 340, sat: 60 },
  dotnet: { label: '.NET', hue: 285, sat: 45 },
  perl: { label: 'Perl', hue: 165, sat: 45 },
  beam: { label: 'BEAM', hue: 305, sat: 40 },
  luajit: { label: 'LuaJIT', hue: 235, sat: 45 },
  abort: { label: 'Aborted unwind', hue: 0, sat: 0 },
};

const unknown = { label: 'Other', hue: 30, sat: 8 };

function nameHash(name: string): number {
  let h = 0;
  for (let i = 0; i < Math.min(name.length, 24); i++) h = (h * 31 + name.charCodeAt(i)) | 0;
  return (Math.abs(h) % 1000) / 1000;
}

/** Fill colour of a frame; the root (frameType '') is neutral grey. */
export function frameTypeColor(frameType: string, name: string): string {
  if (frameType === '') return 'hsl(220 8% 78%)';
  const f = families[frameType] ?? unknown;
  return `hsl(${f.hue} ${f.sat}% ${62 + Math.round(nameHash(name) * 14)}%)`;
}

/** The legend's swatch colour and label for a frame type. */
export function frameTypeLegend(frameType: string): { label: string; color: string } {
  const f = families[frameType] ?? unknown;
  return {
    label: families[frameType] ? f.label : frameType || 'Other',
    color: `hsl(${f.hue} ${f.sat}% 66%)`,
  };
}

/** Search matches draw in one colour no frame type uses. */
export const searchHighlightColor = 'hsl(300 85% 62%)';
