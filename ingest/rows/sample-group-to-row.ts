import type { SampleGroup } from '../normalize/model';

/** A profile_samples_ingest row: one OTLP Sample; the engine expands it to one row per hit. */
export interface ProfileSamplesIngestRow {
  Timestamps: string[];
  Values: number[];
  TraceId: string;
  SpanId: string;
  SpanSource: string;
  StackId: string;
  SampleType: string;
  SampleUnit: string;
  Period: number;
  ServiceName: string;
  HostName: string;
  ProcessPid: number;
  ProcessExecutableName: string;
  ThreadId: number;
  ThreadName: string;
  ContainerId: string;
  K8sClusterName: string;
  K8sNamespaceName: string;
  K8sDeploymentName: string;
  K8sPodName: string;
  K8sPodUid: string;
  K8sNodeName: string;
  K8sContainerName: string;
  ResourceAttributes: Record<string, string>;
  SampleAttributes: Record<string, string>;
}

export function sampleGroupToRow(g: SampleGroup): ProfileSamplesIngestRow {
  const p = g.process;
  return {
    Timestamps: g.timestampsNs,
    Values: g.values,
    TraceId: g.traceId,
    SpanId: g.spanId,
    SpanSource: g.spanSource,
    StackId: g.stackId,
    SampleType: g.sampleType,
    SampleUnit: g.sampleUnit,
    Period: g.period,
    ServiceName: p.serviceName,
    HostName: p.hostName,
    ProcessPid: p.pid,
    ProcessExecutableName: p.executableName,
    ThreadId: g.threadId,
    ThreadName: g.threadName,
    ContainerId: p.containerId,
    K8sClusterName: p.k8s.clusterName,
    K8sNamespaceName: p.k8s.namespaceName,
    K8sDeploymentName: p.k8s.deploymentName,
    K8sPodName: p.k8s.podName,
    K8sPodUid: p.k8s.podUid,
    K8sNodeName: p.k8s.nodeName,
    K8sContainerName: p.k8s.containerName,
    ResourceAttributes: p.resourceAttributes,
    SampleAttributes: g.sampleAttributes,
  };
}
