import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Attributes, SampleGroup, StackRecord } from '@/ingest/normalize/model';
import { otlpProfilesToSamples } from '@/ingest/normalize/otlp-profiles-to-samples';
import { decodeExportProfilesRequest } from '@/ingest/otlp/decode-export-request';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/otlp');

interface ProcessSummary {
  groups: number;
  hits: number;
  labelled: number;
  frameTypes: Set<string>;
  leaves: Map<string, number>;
}

/** What a person checks in a normalized capture: per process, hits, tiers, frame types, hot leaves. */
function summarize(groups: SampleGroup[], stacks: StackRecord[]) {
  const byStack = new Map(stacks.map((s) => [s.stackId, s]));
  const processes = new Map<string, ProcessSummary>();
  for (const g of groups) {
    const key = g.process.executableName || '(kernel thread)';
    const p: ProcessSummary = processes.get(key) ?? {
      groups: 0,
      hits: 0,
      labelled: 0,
      frameTypes: new Set<string>(),
      leaves: new Map<string, number>(),
    };
    p.groups += 1;
    p.hits += g.timestamps.length;
    if (g.spanSource === 'label') p.labelled += g.timestamps.length;
    const frames = byStack.get(g.stackId)?.frames ?? [];
    for (const f of frames) p.frameTypes.add(f.frameType);
    const leaf = frames.find((f) => f.functionName !== '')?.functionName ?? '(no symbol)';
    p.leaves.set(leaf, (p.leaves.get(leaf) ?? 0) + g.timestamps.length);
    processes.set(key, p);
  }
  return Object.fromEntries(
    [...processes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, p]) => [
        name,
        {
          groups: p.groups,
          hits: p.hits,
          labelledHits: p.labelled,
          frameTypes: [...p.frameTypes].sort(),
          topLeaves: [...p.leaves]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 3),
        },
      ]),
  );
}

describe('a profile captured from the real eBPF agent', () => {
  const body = gunzipSync(readFileSync(path.join(fixtures, 'ebpf-profiles.binpb.gz')));
  const { request } = decodeExportProfilesRequest(body, 'protobuf');
  const noFill = (a: Attributes): Attributes => a;
  const out = otlpProfilesToSamples(request, noFill);

  it('normalizes without rejecting anything', () => {
    assert.equal(out.rejected.count, 0, out.rejected.message());
    assert.ok(out.groups.length > 0);
  });

  it('weights every hit as one 50 ms period of CPU', () => {
    for (const g of out.groups) {
      assert.equal(g.sampleType, 'cpu');
      assert.equal(g.sampleUnit, 'nanoseconds');
      assert.deepEqual(new Set(g.values), new Set([50_000_000]));
      assert.equal(g.values.length, g.timestamps.length);
      assert.ok(g.threadId > 0 && g.threadName !== '');
    }
  });

  it('finds the Go span labels and keeps unsymbolized native frames apart by address', () => {
    const labelled = out.groups.filter((g) => g.spanSource === 'label');
    assert.ok(labelled.length > 0);
    for (const g of labelled) {
      assert.match(g.spanId, /^[0-9a-f]{16}$/);
      assert.match(g.traceId, /^[0-9a-f]{32}$/);
    }
    const native = out.stacks
      .flatMap((s) => s.frames)
      .filter((f) => f.functionName === '' && f.frameType === 'native');
    assert.ok(native.length > 0, 'has native frames without symbols');
    assert.ok(
      native.every((f) => f.address > 0n),
      'each keeps its address',
    );
    assert.ok(new Set(native.map((f) => f.address)).size > 10, 'at many different addresses');
  });

  it('matches the reviewed summary', () => {
    const summaryFile = path.join(fixtures, 'ebpf-profiles.summary.json');
    const summary = `${JSON.stringify(summarize(out.groups, out.stacks), null, 2)}\n`;
    if (process.env.UPDATE_FIXTURES === '1' || !existsSync(summaryFile))
      writeFileSync(summaryFile, summary);
    assert.equal(summary, readFileSync(summaryFile, 'utf8'));
  });
});
