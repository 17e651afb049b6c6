/**
 * Names the generated frames are made of: the binaries and libraries of the simulated processes,
 * kernel functions, Go packages and JavaScript files. Only their variety matters to the bench.
 */

/** Mappings: file name, GNU build id, and where the binary is loaded. */
export const modules = {
  go: { module: '/app/checkout', buildId: 'go-5f3c1a', base: 0x400000n },
  node: { module: '/usr/local/bin/node', buildId: 'b1d2e3f4a5', base: 0x800000n },
  libc: {
    module: '/usr/lib/x86_64-linux-gnu/libc.so.6',
    buildId: 'c0ffee1234',
    base: 0x7f3a00000000n,
  },
  libssl: {
    module: '/usr/lib/x86_64-linux-gnu/libssl.so.3',
    buildId: '55aa1100bb',
    base: 0x7f3b00000000n,
  },
  envoy: { module: '/usr/local/bin/envoy', buildId: 'e7e7e7e7e7', base: 0x1000000n },
} as const;

const words = (s: string): string[] => s.trim().split(/\s+/);

export const kernelNames = words(`
  entry_SYSCALL_64_after_hwframe do_syscall_64 __x64_sys_epoll_wait do_epoll_wait ep_poll
  schedule_hrtimeout_range schedule __schedule __x64_sys_write ksys_write vfs_write
  sock_write_iter tcp_sendmsg tcp_sendmsg_locked tcp_push __tcp_transmit_skb ip_finish_output2
  __dev_queue_xmit asm_exc_page_fault exc_page_fault do_user_addr_fault handle_mm_fault
  __x64_sys_futex do_futex futex_wait copy_user_enhanced_fast_string clear_page_erms
  __memcg_kmem_charge_page tcp_recvmsg skb_copy_datagram_iter`);

export const goPackages = words(`
  net/http runtime encoding/json database/sql github.com/jackc/pgx/v5 google.golang.org/grpc
  shop/checkout shop/checkout/internal/pricing compress/gzip crypto/tls`);

export const goVerbs = words(`
  serve Handle Marshal Unmarshal readLoop writeLoop mallocgc scanobject Query Exec decode encode
  Read Write process compute lock unlock gcDrain findRunnable`);

export const jsFiles = words(`
  /app/dist/server.js /app/node_modules/express/lib/router/index.js
  /app/node_modules/pg/lib/client.js node:internal/streams/readable node:_http_server
  /app/dist/cart/service.js /app/node_modules/ioredis/built/Redis.js`);

export const jsNames = words(`
  handle next processTicksAndRejections emit onread parseRow serialize render getCart
  computeTotals query resolve JSON.parse JSON.stringify dispatch readableAddChunk write callback
  validate mapItems`);
