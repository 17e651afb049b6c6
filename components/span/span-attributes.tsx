import type { TraceSpan } from '@/lib/contract/span-models';

function AttributeTable({ title, values }: { title: string; values: Record<string, string> }) {
  const entries = Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section className="side-section" aria-label={title}>
      <h3 className="side-title">
        {title} <span className="muted">{entries.length}</span>
      </h3>
      {entries.length === 0 ? (
        <p className="muted small">None</p>
      ) : (
        <table className="kv-table">
          <tbody>
            {entries.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td className="mono">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The selected span's attributes, then its resource. */
export function SpanAttributes({ span }: { span: TraceSpan }) {
  return (
    <>
      <AttributeTable title="Span attributes" values={span.attributes} />
      <AttributeTable title="Resource" values={span.resource} />
    </>
  );
}
