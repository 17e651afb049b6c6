import { ProfilesRequestBuilder } from '../support/profiles-request-builder';

const ms = 1_000_000n;

/**
 * On-CPU samples (20 Hz) of the checkout process (pid 4242 on node-b) during the slowest checkout
 * span, as the eBPF profiler sends them: 20 linked to the span (12 in the hottest function, plus
 * JSON decoding, allocation, a libc memmove and kernel send frames), 2 linked to its inventory
 * call, 3 to its database query (kernel receive), and 4 unlinked GC samples in its window.
 */
export function journeyProfiles(
  span: { traceId: string; spanId: string; children: string[]; start: bigint },
  hotFunction: string,
  containerId: string,
): Uint8Array {
  const b = new ProfilesRequestBuilder();
  const libc = b.mapping('/lib/x86_64-linux-gnu/libc.so.6', { buildId: 'a1b2c3' });
  const frame = (name: string, frameType: string, file = '', line = 0, mapping = 0) =>
    b.location({ lines: [{ fn: b.function(name, file), line }], frameType, mapping });
  const go = (name: string, file: string, line: number) => frame(name, 'go', file, line);
  const kernel = (name: string) => frame(name, 'kernel');
  const base = [
    go('main.(*CheckoutHandler).ServeHTTP', 'checkout/handler.go', 88),
    go('net/http.serverHandler.ServeHTTP', 'net/http/server.go', 3210),
    go('net/http.(*conn).serve', 'net/http/server.go', 2092),
    go('runtime.goexit', 'runtime/asm_amd64.s', 1700),
  ];
  const quote = go('main.(*PriceCalculator).Quote', 'checkout/pricing.go', 41);
  const hot = go(hotFunction, 'checkout/pricing.go', 117);
  const syscall = [
    kernel('do_syscall_64'),
    kernel('entry_SYSCALL_64_after_hwframe'),
    go('syscall.Syscall', 'syscall/syscall_linux.go', 69),
  ];
  const stacks = {
    hot: b.stack([hot, quote, ...base]),
    alloc: b.stack([
      go('runtime.mallocgc', 'runtime/malloc.go', 1024),
      go('runtime.newobject', 'runtime/malloc.go', 1390),
      hot,
      quote,
      ...base,
    ]),
    json: b.stack([
      go('encoding/json.(*decodeState).object', 'encoding/json/decode.go', 640),
      go('encoding/json.Unmarshal', 'encoding/json/decode.go', 109),
      ...base,
    ]),
    memmove: b.stack([
      frame('__memmove_avx_unaligned_erms', 'native', '', 0, libc),
      go('bytes.(*Buffer).Write', 'bytes/buffer.go', 180),
      ...base,
    ]),
    send: b.stack([
      kernel('copy_user_enhanced_fast_string'),
      kernel('tcp_sendmsg'),
      ...syscall,
      go('net.(*netFD).Write', 'net/fd_posix.go', 96),
      ...base,
    ]),
    recv: b.stack([
      kernel('tcp_recvmsg'),
      ...syscall,
      go('database/sql.(*DB).QueryContext', 'database/sql/sql.go', 1749),
      go('main.(*OrderRepo).Load', 'checkout/orders.go', 52),
      ...base,
    ]),
    tls: b.stack([
      go('crypto/aes.encryptBlockAsm', 'crypto/aes/asm_amd64.s', 49),
      go('crypto/tls.(*Conn).Write', 'crypto/tls/conn.go', 1196),
      go('main.(*InventoryClient).Reserve', 'checkout/inventory.go', 30),
      ...base,
    ]),
    gc: b.stack([
      go('runtime.scanobject', 'runtime/mgcmark.go', 1446),
      go('runtime.gcDrain', 'runtime/mgcmark.go', 1103),
      go('runtime.gcBgMarkWorker', 'runtime/mgc.go', 1310),
    ]),
  };
  // Sample times in the order listed, 48 ms apart from the span's start (it lasts 1400 ms).
  let next = 0;
  const at = (count: number) =>
    Array.from({ length: count }, () => span.start + BigInt((next += 48)) * ms);
  const own = b.spanLink(span.traceId, span.spanId);
  const [inventory = '', db = ''] = span.children;
  b.resource(
    {
      'process.pid': 4242,
      'host.name': 'node-b',
      'container.id': containerId,
      'service.name': 'checkout',
      'process.executable.name': 'checkout',
    },
    [
      {
        sampleType: ['samples', 'count'],
        periodType: ['cpu', 'nanoseconds'],
        period: 50_000_000,
        timeNs: span.start,
        samples: [
          { stack: stacks.tls, link: b.spanLink(span.traceId, inventory), timestampsNs: at(2) },
          { stack: stacks.hot, link: own, timestampsNs: at(12) },
          { stack: stacks.alloc, link: own, timestampsNs: at(2) },
          { stack: stacks.json, link: own, timestampsNs: at(3) },
          { stack: stacks.memmove, link: own, timestampsNs: at(1) },
          { stack: stacks.gc, timestampsNs: at(4) },
          { stack: stacks.recv, link: b.spanLink(span.traceId, db), timestampsNs: at(3) },
          { stack: stacks.send, link: own, timestampsNs: at(2) },
        ],
      },
    ],
  );
  return b.encode();
}
