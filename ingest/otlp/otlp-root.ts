import { fileURLToPath } from 'node:url';
import Long from 'long';
import protobuf from 'protobufjs';

// 64-bit fields (nanosecond times, addresses) must decode losslessly: tell protobufjs to use Long.
protobuf.util.Long = Long;
protobuf.configure();

const protoDir = fileURLToPath(new URL('./proto/', import.meta.url));

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  // Our declarations import each other by bare file name from the proto folder.
  root.resolvePath = (_origin, target) => protoDir + target.replace(/^.*\//, '');
  root.loadSync(['trace.proto', 'profiles.proto', 'status.proto'], { keepCase: false });
  root.resolveAll();
  return root;
}

const root = loadRoot();

/** The message types ingest decodes and encodes, looked up once. */
export const otlpTypes = {
  traceRequest: root.lookupType('opentelemetry.proto.trace.v1.ExportTraceServiceRequest'),
  traceResponse: root.lookupType('opentelemetry.proto.trace.v1.ExportTraceServiceResponse'),
  profilesRequest: root.lookupType(
    'opentelemetry.proto.profiles.v1development.ExportProfilesServiceRequest',
  ),
  profilesResponse: root.lookupType(
    'opentelemetry.proto.profiles.v1development.ExportProfilesServiceResponse',
  ),
  status: root.lookupType('google.rpc.Status'),
  retryInfo: root.lookupType('google.rpc.RetryInfo'),
} as const;
