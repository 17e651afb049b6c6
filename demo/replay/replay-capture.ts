import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import type { CaptureManifest } from './capture-manifest';
import { shiftCapture } from './shift-capture';

const paths = {
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  profiles: '/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export',
} as const;

/**
 * Sends a capture recorded from the real agent to traceprof over OTLP/gRPC, its times moved so
 * the newest one is now. Returns the number of requests sent.
 */
export async function replayCapture(
  captureDir: string,
  grpcTarget: string,
  token?: string,
): Promise<number> {
  const manifestFile = path.join(captureDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`no capture at ${captureDir}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CaptureManifest;
  const deltaNs = BigInt(Date.now()) * 1_000_000n - BigInt(manifest.endNs);
  const client = new grpc.Client(grpcTarget, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': 64 * 1024 * 1024,
  });
  const metadata = new grpc.Metadata();
  if (token) metadata.set('authorization', `Bearer ${token}`);
  try {
    for (const request of manifest.requests) {
      const raw = gunzipSync(readFileSync(path.join(captureDir, request.file)));
      const body = shiftCapture(request.signal, raw, deltaNs);
      await new Promise<void>((resolve, reject) => {
        client.makeUnaryRequest(
          paths[request.signal],
          (b: Uint8Array) => Buffer.from(b),
          (b: Buffer) => b,
          body,
          metadata,
          (err) => {
            if (err) reject(new Error(`${request.file}: ${err.message}`));
            else resolve();
          },
        );
      });
    }
  } finally {
    client.close();
  }
  return manifest.requests.length;
}
