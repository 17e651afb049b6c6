'use client';

import { useQuery } from '@tanstack/react-query';
import { contextFields } from '@/lib/correlation/context-fields';
import type { ContextField, ContextSource } from '@/lib/contract/profile-models';
import { spanContextQuery } from '../queries/span-context-query';
import { ShowSqlLink } from '../sql/show-sql-link';

const sourceHelp: Record<ContextSource, string> = {
  span: "From the span's own resource attributes.",
  learned: 'Learned by ingest from another signal of the same process or container.',
  samples: 'From the profile samples of the process during the span.',
};

/** Container ids are 64 hex characters; like `docker ps`, show the first 12 (all on hover). */
function shown(field: ContextField): string {
  return field.key === 'container.id' && field.value.length > 12
    ? `${field.value.slice(0, 12)}…`
    : field.value;
}

function Row({ label, field }: { label: string; field: ContextField | undefined }) {
  return (
    <tr data-key={field?.key}>
      <th scope="row">{label}</th>
      <td className="mono" title={field?.value}>
        {field ? shown(field) : <span className="muted">unknown</span>}
      </td>
      <td className="source-cell">
        {field ? (
          <span className={`badge badge-source-${field.source}`} title={sourceHelp[field.source]}>
            {field.source}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** Where the span ran in Kubernetes, and where each value came from. */
export function K8sContextPanel({ traceId, spanId }: { traceId: string; spanId: string }) {
  const context = useQuery(spanContextQuery(traceId, spanId));
  const fields = new Map((context.data?.fields ?? []).map((f) => [f.key, f]));
  const image = fields.get('container.image.name');
  const tag = fields.get('container.image.tag');
  if (image && tag) fields.set(image.key, { ...image, value: `${image.value}:${tag.value}` });
  return (
    <section className="side-section" aria-label="Kubernetes context">
      <div className="side-title-row">
        <h3 className="side-title">Kubernetes context</h3>
        <ShowSqlLink sql={context.data?.sql} />
      </div>
      {context.isPending ? (
        <p className="muted small">Loading context…</p>
      ) : context.isError ? (
        <p className="error-text small">Context unavailable: {context.error.message}</p>
      ) : (
        <table className="kv-table context-table">
          <tbody>
            {contextFields
              .filter(
                ({ key, group }) =>
                  group === 'kubernetes' || (group === 'process' && fields.has(key)),
              )
              .map(({ key, label }) => (
                <Row key={key} label={label} field={fields.get(key)} />
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
