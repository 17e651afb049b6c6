import type { OtlpPorts } from '@/lib/clickhouse/shared-store';

/**
 * The empty store's page: where to send OTLP data and the two quickest ways to get some. A server
 * component; the explorer shows it when no service has sent a span yet. `ports` are the ones this
 * process bound, or undefined when it runs no OTLP listener (web role only).
 */
export function SendDataHowTo({ ports }: { ports: OtlpPorts | undefined }) {
  const grpc = ports ? `:${ports.grpcPort}` : ':<ingest gRPC port>';
  const http = ports ? `:${ports.httpPort}` : ':<ingest HTTP port>';
  // The demo sends to 127.0.0.1:4317 unless told otherwise.
  const otlpArg = ports && ports.grpcPort !== 4317 ? ` --otlp 127.0.0.1:${ports.grpcPort}` : '';
  return (
    <section className="how-to" aria-labelledby="how-to-title">
      <h1 id="how-to-title">No traces yet: send some data</h1>
      <p className="how-to-lead">
        traceprof receives OpenTelemetry traces and profiles (OTLP) on this host. This page
        refreshes by itself when the first spans arrive.
      </p>
      <table className="kv-table how-to-endpoints">
        <thead>
          <tr>
            <th>Transport</th>
            <th>Traces</th>
            <th>Profiles</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              gRPC <code>{grpc}</code>
            </td>
            <td>
              <code>TraceService/Export</code>
            </td>
            <td>
              <code>ProfilesService/Export</code> (v1development)
            </td>
          </tr>
          <tr>
            <td>
              HTTP <code>{http}</code>
            </td>
            <td>
              <code>POST /v1/traces</code>
            </td>
            <td>
              <code>POST /v1development/profiles</code>
            </td>
          </tr>
        </tbody>
      </table>
      <ol className="how-to-steps">
        <li>
          <strong>Point your OpenTelemetry SDK here:</strong>{' '}
          <code>OTEL_EXPORTER_OTLP_ENDPOINT=http://&lt;this-host&gt;{http}</code>, or a
          Collector&apos;s <code>otlp</code> exporter at <code>&lt;this-host&gt;{grpc}</code>.
        </li>
        <li>
          <strong>Profile this machine:</strong> <code>npm run agent</code> starts the collector
          agent with the eBPF profiler, which sends CPU profiles with Kubernetes attributes.
        </li>
        <li>
          <strong>Or just look around:</strong>{' '}
          <code>npm run demo{otlpArg ? ` --${otlpArg}` : ''}</code> sends a demo workload&apos;s
          traces and profiles to this traceprof (the eBPF agent needs root);{' '}
          <code>npm run demo -- --replay{otlpArg}</code> loads a capture recorded from the real
          agent.
        </li>
      </ol>
      {ports ? null : (
        <p className="how-to-note">
          This process serves the web app only (<code>TRACEPROF_ROLES=web</code>): send OTLP to the
          traceprof processes that run ingest.
        </p>
      )}
    </section>
  );
}
