import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams, param, sql, type SqlQuery } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { ContextSource, SpanContext } from '../contract/profile-models';
import { contextFields } from './context-fields';
import { contextKeys, spanProcess } from './correlation-rules';
import { queryLearnedContext } from './learned-context';

/** Sample columns that carry the same keys, for processes the span's resource says little about. */
const sampleColumns: Record<string, string> = {
  'k8s.cluster.name': 'K8sClusterName',
  'k8s.namespace.name': 'K8sNamespaceName',
  'k8s.deployment.name': 'K8sDeploymentName',
  'k8s.pod.name': 'K8sPodName',
  'k8s.node.name': 'K8sNodeName',
  'k8s.container.name': 'K8sContainerName',
  'container.id': 'ContainerId',
  'process.executable.name': 'ProcessExecutableName',
};

export async function querySpanContext(
  client: ClickHouseClient,
  span: TraceSpan,
): Promise<SpanContext> {
  const values = new Map<string, { value: string; source: ContextSource }>();
  const add = (attrs: Record<string, string>, source: ContextSource): void => {
    for (const { key } of contextFields) {
      const v = attrs[key];
      if (v && !values.has(key)) values.set(key, { value: v, source });
    }
  };
  add(span.resource, 'span');
  const p = spanProcess(span);
  const learned = await queryLearnedContext(client, [span.resource]);
  const { process, container } = contextKeys(span.resource);
  for (const key of [process, container]) {
    const attrs = key === undefined ? undefined : learned.get(key);
    if (attrs) add(attrs, 'learned');
  }
  const samplesQuery = p.pid > 0 ? samplesContextQuery(span, p.pid, p.hostName) : undefined;
  if (samplesQuery) add(await samplesContext(client, samplesQuery), 'samples');
  return {
    sql: samplesQuery ? inlineSqlParams(samplesQuery) : '',
    fields: contextFields.flatMap(({ key, label }) => {
      const v = values.get(key);
      return v ? [{ key, label, ...v }] : [];
    }),
  };
}

/** The most common context of the samples of the span's process during the span. */
async function samplesContext(
  client: ClickHouseClient,
  q: SqlQuery,
): Promise<Record<string, string>> {
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  const [row] = await rs.json<Record<string, string | null>>();
  const out: Record<string, string> = {};
  for (const [key, column] of Object.entries(sampleColumns)) {
    const v = row?.[column];
    if (v) out[key] = v;
  }
  return out;
}

function samplesContextQuery(span: TraceSpan, pid: number, host: string): SqlQuery {
  const start = BigInt(span.startNs);
  const end = start + BigInt(span.durationNs);
  return sql`SELECT topK(1)(K8sClusterName)[1] AS K8sClusterName, topK(1)(K8sNamespaceName)[1] AS K8sNamespaceName,
             topK(1)(K8sDeploymentName)[1] AS K8sDeploymentName, topK(1)(K8sPodName)[1] AS K8sPodName,
             topK(1)(K8sNodeName)[1] AS K8sNodeName, topK(1)(K8sContainerName)[1] AS K8sContainerName,
             topK(1)(ContainerId)[1] AS ContainerId, topK(1)(ProcessExecutableName)[1] AS ProcessExecutableName
           FROM profile_samples
           WHERE ProcessPid = ${param('UInt32', pid)}
             AND (HostName = ${param('String', host)} OR HostName = '' OR ${param('String', host)} = '')
             AND Timestamp >= fromUnixTimestamp64Nano(${param('Int64', start)})
             AND Timestamp <= fromUnixTimestamp64Nano(${param('Int64', end)})`;
}
