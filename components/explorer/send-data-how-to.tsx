/**
 * The empty store's page: where to send OTLP data and the two quickest ways to get some. A server
 * component; the explorer shows it when no service has sent a span yet.
 */
export function SendDataHowTo() {
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
              gRPC <code>:4317</code>
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
              HTTP <code>:4318</code>
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
          <code>OTEL_EXPORTER_OTLP_ENDPOINT=http://&lt;this-host&gt;:4318</code>, or a
          Collector&apos;s <code>otlp</code> exporter at <code>&lt;this-host&gt;:4317</code>.
        </li>
        <li>
          <strong>Profile this machine:</strong> <code>npm run agent</code> starts the collector
          agent with the eBPF profiler, which sends CPU profiles with Kubernetes attributes.
        </li>
        <li>
          <strong>Or just look around:</strong> <code>npm run demo</code> sends a demo
          workload&apos;s traces and profiles.
        </li>
      </ol>
      <p className="how-to-note">
        Ports differ when <code>OTLP_GRPC_PORT</code> / <code>OTLP_HTTP_PORT</code> are set; the
        server logs the ones it listens on.
      </p>
    </section>
  );
}
