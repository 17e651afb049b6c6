#!/usr/bin/env node
// Minimal OTLP/gRPC sink that stores every Export request body verbatim.
// Used to capture real payloads from the agent for test fixtures.
//
//   node collector-agent/capture/capture-sink.mjs [outDir]
//
// Env: CAPTURE_HOST (default 127.0.0.1), CAPTURE_PORT (default 4317),
//      CAPTURE_DIR (default collector-agent/.build/capture/<timestamp>; argv[2] wins).
//
// Implements only the unary Export methods of
//   opentelemetry.proto.collector.profiles.v1development.ProfilesService
//   opentelemetry.proto.collector.trace.v1.TraceService
// with identity (de)serializers: the request arrives as the raw protobuf bytes
// (grpc-js already undid any gzip message compression) and is written as-is to
//   <outDir>/<signal>-<NNNN>.binpb
// The reply is a zero-length buffer, which is a valid empty Export*ServiceResponse
// (no partial_success) and tells the client everything was accepted.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');

const here = dirname(fileURLToPath(import.meta.url));
const host = process.env.CAPTURE_HOST || '127.0.0.1';
const port = Number(process.env.CAPTURE_PORT || 4317);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = resolve(
  process.argv[2] || process.env.CAPTURE_DIR || join(here, '..', '.build', 'capture', stamp),
);
mkdirSync(outDir, { recursive: true });

const identity = (buf) => buf;
const EMPTY = Buffer.alloc(0);

function unary(path) {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: identity,
    requestDeserialize: identity,
    responseSerialize: identity,
    responseDeserialize: identity,
  };
}

const counters = { profiles: 0, traces: 0 };

function handlerFor(signal) {
  return (call, callback) => {
    const body = call.request; // Buffer: raw, decompressed ExportXServiceRequest
    counters[signal] += 1;
    const file = join(outDir, `${signal}-${String(counters[signal]).padStart(4, '0')}.binpb`);
    try {
      writeFileSync(file, body);
    } catch (err) {
      callback({ code: grpc.status.INTERNAL, details: `capture-sink: ${err.message}` });
      return;
    }
    console.log(
      `${new Date().toISOString()} ${signal} #${counters[signal]} ${body.length} bytes -> ${file}`,
    );
    callback(null, EMPTY);
  };
}

const server = new grpc.Server({
  'grpc.max_receive_message_length': 64 * 1024 * 1024, // profiles batches can be large
});

server.addService(
  { Export: unary('/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export') },
  { Export: handlerFor('profiles') },
);
server.addService(
  { Export: unary('/opentelemetry.proto.collector.trace.v1.TraceService/Export') },
  { Export: handlerFor('traces') },
);

server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, boundPort) => {
  if (err) {
    console.error(`capture-sink: cannot listen on ${host}:${port}: ${err.message}`);
    process.exit(1);
  }
  console.log(`capture-sink: listening on ${host}:${boundPort}, writing to ${outDir}`);
});

function stop() {
  console.log(
    `capture-sink: stopping (${counters.profiles} profiles, ${counters.traces} traces requests)`,
  );
  server.tryShutdown(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
