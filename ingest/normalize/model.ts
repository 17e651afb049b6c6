/**
 * traceprof's own model of what arrives, between OTLP messages and ClickHouse rows. Ids are
 * lowercase hex ('' when absent), times are unix nanoseconds as bigint, attributes flat strings.
 */

/** Attributes flattened to strings the way the clickhouseexporter writes Map(String, String). */
export type Attributes = Record<string, string>;

export interface SpanEvent {
  timestampNs: bigint;
  name: string;
  attributes: Attributes;
}

export interface SpanLink {
  traceId: string;
  spanId: string;
  traceState: string;
  attributes: Attributes;
}

export interface SpanRecord {
  /** Span start, unix ns. */
  startNs: bigint;
  /** End minus start, ns. */
  durationNs: bigint;
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  traceState: string;
  name: string;
  /** Unspecified | Internal | Server | Client | Producer | Consumer. */
  kind: string;
  serviceName: string;
  resourceAttributes: Attributes;
  scopeName: string;
  scopeVersion: string;
  attributes: Attributes;
  /** Unset | Ok | Error. */
  statusCode: string;
  statusMessage: string;
  events: SpanEvent[];
  links: SpanLink[];
}

/** The Kubernetes placement of a process, from k8s.* resource attributes ('' when unknown). */
export interface K8sPlacement {
  clusterName: string;
  namespaceName: string;
  deploymentName: string;
  podName: string;
  podUid: string;
  nodeName: string;
  containerName: string;
}

/** The process a profile's samples came from: one per OTLP ResourceProfiles. */
export interface ProcessInfo {
  serviceName: string;
  hostName: string;
  /** process.pid, 0 when unknown. */
  pid: number;
  executableName: string;
  containerId: string;
  k8s: K8sPlacement;
  /** All resource attributes after filling from learned context. */
  resourceAttributes: Attributes;
}

/** One stack frame, leaf-first order within a stack. */
export interface Frame {
  functionName: string;
  systemName: string;
  fileName: string;
  /** Source line, 0 when unknown. */
  line: number;
  /** The mapping's file name (binary or library), '' when unknown. */
  module: string;
  /** profile.frame.type of the location: native, kernel, go, v8js, jvm, cpython, … */
  frameType: string;
  /** Instruction address within the mapping; the identity of a frame without symbols. */
  address: bigint;
  /** GNU or Go build id of the mapping, '' when unknown. */
  buildId: string;
}

export interface StackRecord {
  /** 64-bit content hash (see stack-id.ts), as a decimal string. */
  stackId: string;
  frames: Frame[];
}

/** Where a sample's span ids came from. */
export type SpanSource = 'link' | 'label' | '';

/**
 * The hits of one OTLP Sample: same stack, thread, attributes and link; one timestamp and weight
 * per hit. Becomes one profile_samples row per hit.
 */
export interface SampleGroup {
  /** Unix time of each hit as `seconds.nanoseconds` text, exact (ns exceed 2^53). */
  timestamps: string[];
  /** Weight of each hit in sampleUnit (on-CPU: count x period ns). */
  values: number[];
  traceId: string;
  spanId: string;
  spanSource: SpanSource;
  stackId: string;
  /** What the weight measures: cpu, off_cpu, samples, … */
  sampleType: string;
  /** Unit of the weight: nanoseconds, count, … */
  sampleUnit: string;
  /** Sampling period in period-type units (on-CPU eBPF: ns between samples), 0 when none. */
  period: number;
  process: ProcessInfo;
  /** thread.id, 0 when unknown. */
  threadId: number;
  threadName: string;
  sampleAttributes: Attributes;
}
