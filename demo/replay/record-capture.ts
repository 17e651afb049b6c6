/**
 * Records the OTLP requests an agent sends: an OTLP/gRPC server that writes each request (gzip)
 * into demo/capture/ and answers success. Run the agent and the demo workloads against it, then
 * stop it with Ctrl-C: `npm run demo:record` (see demo/README.md).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { maxMessageBytes } from '@/ingest/transport/grpc-server';
import { newestTimeNs } from './newest-time';
import type { CaptureManifest } from './capture-manifest';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../capture');
const port = Number(process.env.DEMO_RECORD_PORT ?? 4317);
const maxBytes = Number(process.env.DEMO_RECORD_MAX_BYTES ?? 8 * 1024 * 1024);

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const manifest: CaptureManifest = {
  recordedWith:
    process.env.DEMO_RECORDED_WITH ?? 'traceprof agent, collector-agent/config/local.yaml',
  endNs: '0',
  requests: [],
};
let bytes = 0;

function method(
  signal: 'traces' | 'profiles',
  servicePath: string,
): [grpc.ServiceDefinition, grpc.UntypedServiceImplementation] {
  const definition = {
    Export: {
      path: servicePath,
      requestStream: false,
      responseStream: false,
      requestSerialize: (b: Buffer) => b,
      requestDeserialize: (b: Buffer) => b,
      responseSerialize: (b: Buffer) => b,
      responseDeserialize: (b: Buffer) => b,
    },
  };
  const handler: grpc.handleUnaryCall<Buffer, Buffer> = (call, callback) => {
    if (bytes < maxBytes) {
      const file = `${String(manifest.requests.length).padStart(4, '0')}-${signal}.binpb.gz`;
      const zipped = gzipSync(call.request);
      writeFileSync(path.join(dir, file), zipped);
      bytes += zipped.length;
      manifest.requests.push({ file, signal });
      const end = newestTimeNs(signal, call.request);
      if (end > BigInt(manifest.endNs)) manifest.endNs = end.toString();
      writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      console.log(`record: ${file} (${call.request.length} bytes)`);
    }
    callback(null, Buffer.alloc(0));
  };
  return [definition, { Export: handler }];
}

const server = new grpc.Server({ 'grpc.max_receive_message_length': maxMessageBytes });
server.addService(
  ...method('traces', '/opentelemetry.proto.collector.trace.v1.TraceService/Export'),
);
server.addService(
  ...method(
    'profiles',
    '/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export',
  ),
);
server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err) => {
  if (err) throw err;
  console.log(
    `record: OTLP/gRPC on 127.0.0.1:${port}, writing to ${dir} (up to ${maxBytes} bytes)`,
  );
});
process.on('SIGINT', () => {
  server.tryShutdown(() => process.exit(0));
});
