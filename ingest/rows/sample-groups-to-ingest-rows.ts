import type { SampleGroup } from '../normalize/model';

/** profile_samples_ingest columns in the order sampleGroupsToIngestRows fills them. */
export const profileSamplesIngestColumns = [
  'SampleType',
  'SampleUnit',
  'Period',
  'ServiceName',
  'HostName',
  'ProcessPid',
  'ProcessExecutableName',
  'ContainerId',
  'K8sClusterName',
  'K8sNamespaceName',
  'K8sDeploymentName',
  'K8sPodName',
  'K8sPodUid',
  'K8sNodeName',
  'K8sContainerName',
  'ResourceAttributes',
  'TraceIds',
  'SpanIds',
  'SpanSources',
  'StackIds',
  'ThreadIds',
  'ThreadNames',
  'SampleAttributes',
  'Timestamps',
  'Values',
] as const;

/**
 * One profile_samples_ingest row per run of sample groups that share a process and sample type
 * (the groups of one OTLP Profile are adjacent): the process's columns once, the samples as
 * parallel arrays, each sample's hits as an array of timestamps and one of weights.
 */
export function sampleGroupsToIngestRows(groups: readonly SampleGroup[]): unknown[][] {
  const rows: unknown[][] = [];
  let i = 0;
  while (i < groups.length) {
    const first = groups[i];
    if (!first) break;
    let j = i + 1;
    while (j < groups.length && sameProfile(first, groups[j])) j++;
    rows.push(profileRow(groups.slice(i, j), first));
    i = j;
  }
  return rows;
}

function sameProfile(a: SampleGroup, b: SampleGroup | undefined): boolean {
  return (
    b !== undefined &&
    a.process === b.process &&
    a.sampleType === b.sampleType &&
    a.sampleUnit === b.sampleUnit &&
    a.period === b.period
  );
}

function profileRow(groups: readonly SampleGroup[], first: SampleGroup): unknown[] {
  const p = first.process;

  return [
    first.sampleType,
    first.sampleUnit,
    first.period,
    p.serviceName,
    p.hostName,
    p.pid,
    p.executableName,
    p.containerId,
    p.k8s.clusterName,
    p.k8s.namespaceName,
    p.k8s.deploymentName,
    p.k8s.podName,
    p.k8s.podUid,
    p.k8s.nodeName,
    p.k8s.containerName,
    p.resourceAttributes,
    groups.map((g) => g.traceId),
    groups.map((g) => g.spanId),
    groups.map((g) => g.spanSource),
    groups.map((g) => g.stackId),
    groups.map((g) => g.threadId),
    groups.map((g) => g.threadName),
    groups.map((g) => g.sampleAttributes),
    groups.map((g) => g.timestamps),
    groups.map((g) => g.values),
  ];
}
