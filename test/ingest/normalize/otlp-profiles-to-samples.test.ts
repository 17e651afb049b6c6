import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { normalize, onCpu, secs, spanId, t0, traceId } from '@/test/support/normalize-profiles';

describe('otlpProfilesToSamples', () => {
  it('weights each on-CPU hit as one period of CPU time and keeps one timestamp per hit', () => {
    const b = new ProfilesRequestBuilder();
    const main = b.location({
      lines: [{ fn: b.function('main', 'main.go'), line: 10 }],
      frameType: 'go',
    });
    const stack = b.stack([main]);
    const tid = b.attribute('thread.id', 4242);
    const tname = b.attribute('thread.name', 'worker');
    b.resource({ 'process.pid': 77, 'host.name': 'node-1', 'service.name': 'checkout' }, [
      onCpu([
        {
          stack,
          attributes: [tid, tname],
          timestampsNs: [t0 + 1n, t0 + 50_000_001n, t0 + 100_000_001n],
        },
      ]),
    ]);
    const { groups, rejected } = normalize(b);
    assert.equal(rejected.count, 0);
    assert.equal(groups.length, 1);
    const g = groups[0]!;
    assert.deepEqual(g.timestamps, [
      secs(t0 + 1n),
      secs(t0 + 50_000_001n),
      secs(t0 + 100_000_001n),
    ]);
    assert.deepEqual(g.values, [50_000_000, 50_000_000, 50_000_000]);
    assert.equal(g.sampleType, 'cpu');
    assert.equal(g.sampleUnit, 'nanoseconds');
    assert.equal(g.threadId, 4242);
    assert.equal(g.threadName, 'worker');
    assert.equal(g.process.pid, 77);
    assert.equal(g.process.serviceName, 'checkout');
    assert.equal(g.process.hostName, 'node-1');
    assert.equal(g.spanSource, '');
  });

  it('keeps off-CPU values as sent, one per timestamp', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([
      b.location({ lines: [{ fn: b.function('futex_wait'), line: 0 }], frameType: 'kernel' }),
    ]);
    b.resource({ 'process.pid': 1 }, [
      {
        sampleType: ['off_cpu', 'nanoseconds'],
        timeNs: t0,
        samples: [{ stack, values: [1200, 3400], timestampsNs: [t0 + 5n, t0 + 9n] }],
      },
    ]);
    const { groups } = normalize(b);
    assert.deepEqual(groups[0]!.values, [1200, 3400]);
    assert.equal(groups[0]!.sampleType, 'off_cpu');
    assert.equal(groups[0]!.sampleUnit, 'nanoseconds');
  });

  it('sums values into one hit at the profile time when a sample has no timestamps', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]);
    b.resource({}, [
      { sampleType: ['alloc_space', 'bytes'], timeNs: t0, samples: [{ stack, values: [100, 28] }] },
    ]);
    const { groups } = normalize(b);
    assert.deepEqual(groups[0]!.timestamps, [secs(t0)]);
    assert.deepEqual(groups[0]!.values, [128]);
  });

  it('takes span ids from the sample link', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('handler'), line: 3 }] })]);
    const link = b.spanLink(traceId, spanId);
    b.resource({}, [onCpu([{ stack, link, timestampsNs: [t0] }])]);
    const { groups } = normalize(b);
    assert.equal(groups[0]!.traceId, traceId);
    assert.equal(groups[0]!.spanId, spanId);
    assert.equal(groups[0]!.spanSource, 'link');
  });

  it('takes span ids from Go pprof labels when there is no link, and a lone span_id label too', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('handler'), line: 3 }] })]);
    const both = [
      b.attribute('process.context.label.span_id', spanId.toUpperCase()),
      b.attribute('process.context.label.trace_id', traceId),
    ];
    const lone = [b.attribute('span_id', '00f067aa0ba902b7')];
    const junk = [b.attribute('span_id', 'not-a-span')];
    b.resource({}, [
      onCpu([
        { stack, attributes: both, timestampsNs: [t0] },
        { stack, attributes: lone, timestampsNs: [t0] },
        { stack, attributes: junk, timestampsNs: [t0] },
      ]),
    ]);
    const { groups } = normalize(b);
    assert.deepEqual(
      groups.map((g) => [g.traceId, g.spanId, g.spanSource]),
      [
        [traceId, spanId, 'label'],
        ['', '00f067aa0ba902b7', 'label'],
        ['', '', ''],
      ],
    );
  });

  it('expands inline frames, innermost first, and reads frame type, module and build id', () => {
    const b = new ProfilesRequestBuilder();
    const bin = b.mapping('/usr/bin/app', { buildId: 'abc123' });
    const inlined = b.location({
      mapping: bin,
      address: 0x401000n,
      lines: [
        { fn: b.function('inlinedLeaf', 'leaf.c'), line: 7 },
        { fn: b.function('caller', 'caller.c'), line: 70 },
      ],
      frameType: 'native',
    });
    const root = b.location({
      mapping: bin,
      lines: [{ fn: b.function('main', 'main.c'), line: 1 }],
      frameType: 'native',
    });
    b.resource({}, [onCpu([{ stack: b.stack([inlined, root]), timestampsNs: [t0] }])]);
    const { stacks } = normalize(b);
    assert.equal(stacks.length, 1);
    const frames = stacks[0]!.frames;
    assert.deepEqual(
      frames.map(
        (f) =>
          `${f.functionName} ${f.fileName}:${f.line} [${f.frameType}] ${f.module} ${f.buildId}`,
      ),
      [
        'inlinedLeaf leaf.c:7 [native] /usr/bin/app abc123',
        'caller caller.c:70 [native] /usr/bin/app abc123',
        'main main.c:1 [native] /usr/bin/app abc123',
      ],
    );
  });

  it('keeps unsymbolized native frames at different addresses in different stacks', () => {
    const b = new ProfilesRequestBuilder();
    const lib = b.mapping('/usr/lib/libc.so.6', { buildId: 'feedbeef' });
    const a = b.location({ mapping: lib, address: 0x1000n, frameType: 'native' });
    const c = b.location({ mapping: lib, address: 0x2000n, frameType: 'native' });
    const stackA = b.stack([a]);
    const stackC = b.stack([c]);
    b.resource({}, [
      onCpu([
        { stack: stackA, timestampsNs: [t0] },
        { stack: stackC, timestampsNs: [t0] },
      ]),
    ]);
    const { groups, stacks } = normalize(b);
    assert.notEqual(groups[0]!.stackId, groups[1]?.stackId);
    assert.equal(stacks.length, 2);
    assert.deepEqual(stacks.map((s) => s.frames[0]?.address).sort(), [0x1000n, 0x2000n]);
  });

  it('gives the same stack the same id in different requests', () => {
    const ids = [1, 2].map(() => {
      const b = new ProfilesRequestBuilder();
      b.string('padding that shifts every index');
      const stack = b.stack([
        b.location({ lines: [{ fn: b.function('work', 'w.js'), line: 5 }], frameType: 'v8js' }),
      ]);
      b.resource({}, [onCpu([{ stack, timestampsNs: [t0] }])]);
      return normalize(b).groups[0]!.stackId;
    });
    assert.equal(ids[0], ids[1]);
  });

  it('keeps every resource of a request apart', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]);
    b.resource({ 'process.pid': 10, 'process.executable.name': 'api' }, [
      onCpu([{ stack, timestampsNs: [t0] }]),
    ]);
    b.resource({ 'process.pid': 20, 'container.id': 'c0ffee', 'k8s.pod.name': 'web-1' }, [
      onCpu([{ stack, timestampsNs: [t0, t0 + 1n] }]),
    ]);
    const { groups } = normalize(b);
    assert.deepEqual(
      groups.map((g) => [
        g.process.pid,
        g.process.serviceName,
        g.process.containerId,
        g.process.k8s.podName,
        g.timestamps.length,
      ]),
      [
        [10, 'api', '', '', 1],
        [20, '', 'c0ffee', 'web-1', 2],
      ],
    );
  });

  it('decodes the same request identically from protobuf and OTLP/JSON', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([
      b.location({ mapping: b.mapping('/bin/x'), address: 0xdeadbeefn, frameType: 'native' }),
    ]);
    b.resource({ 'process.pid': 5 }, [
      onCpu([
        {
          stack,
          link: b.spanLink(traceId, spanId),
          attributes: [b.attribute('thread.id', 9)],
          timestampsNs: [t0 + 123n],
        },
      ]),
    ]);
    assert.deepEqual(normalize(b, 'json'), normalize(b, 'protobuf'));
  });
});
