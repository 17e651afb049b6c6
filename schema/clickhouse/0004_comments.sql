-- Comments on the public tables and columns, shown by the SQL console's schema browser and by
-- DESCRIBE TABLE. Changing a comment is metadata only: no data is rewritten.
ALTER TABLE otel_traces MODIFY COMMENT 'Spans, in the shape of the OpenTelemetry Collector clickhouseexporter';
ALTER TABLE otel_traces
    COMMENT COLUMN Timestamp 'Span start',
    COMMENT COLUMN TraceId 'Trace id, lowercase hex',
    COMMENT COLUMN SpanId 'Span id, lowercase hex',
    COMMENT COLUMN ParentSpanId 'Parent span id, lowercase hex; empty for a root span',
    COMMENT COLUMN SpanName 'Operation name',
    COMMENT COLUMN SpanKind 'Unspecified, Internal, Server, Client, Producer or Consumer',
    COMMENT COLUMN ServiceName 'service.name of the resource',
    COMMENT COLUMN ResourceAttributes 'Attributes of the process that sent the span (k8s.*, host.name, process.pid, …)',
    COMMENT COLUMN SpanAttributes 'Attributes of the span',
    COMMENT COLUMN Duration 'End minus start, nanoseconds',
    COMMENT COLUMN StatusCode 'Unset, Ok or Error';
ALTER TABLE otel_traces_trace_id_ts MODIFY COMMENT 'Trace id to its first and last second; re-aggregate with min(Start), max(End)';
ALTER TABLE profile_samples MODIFY COMMENT 'One row per profile sample hit, ordered by host, process, thread and time';
ALTER TABLE profile_samples
    COMMENT COLUMN Timestamp 'When the hit happened',
    COMMENT COLUMN TraceId 'Trace the sample names (hex), empty when it names none',
    COMMENT COLUMN SpanId 'Span the sample names (hex), empty when it names none',
    COMMENT COLUMN SpanSource 'link (the OTLP Link) or label (span_id attributes); empty when no span is named',
    COMMENT COLUMN StackId 'Key into profile_stacks',
    COMMENT COLUMN Value 'Weight of the hit in SampleUnit; on-CPU: Period nanoseconds',
    COMMENT COLUMN SampleType 'cpu, off_cpu, … (what Value measures)',
    COMMENT COLUMN SampleUnit 'Unit of Value, e.g. nanoseconds',
    COMMENT COLUMN Period 'Sampling period in nanoseconds (50000000 at 20 Hz)',
    COMMENT COLUMN ServiceName 'service.name of the process, learned from its spans when the profile lacks it, else the executable',
    COMMENT COLUMN HostName 'host.name',
    COMMENT COLUMN ProcessPid 'process.pid',
    COMMENT COLUMN ThreadId 'thread.id (the kernel thread id)',
    COMMENT COLUMN ThreadName 'thread.name',
    COMMENT COLUMN ContainerId 'container.id',
    COMMENT COLUMN K8sNamespaceName 'k8s.namespace.name',
    COMMENT COLUMN K8sDeploymentName 'k8s.deployment.name',
    COMMENT COLUMN K8sPodName 'k8s.pod.name',
    COMMENT COLUMN K8sNodeName 'k8s.node.name',
    COMMENT COLUMN ResourceAttributes 'All resource attributes of the process',
    COMMENT COLUMN SampleAttributes 'Sample attributes without those that have a column (thread, span ids)';
ALTER TABLE profile_samples_by_span MODIFY COMMENT 'The samples that name a span, ordered by trace, span and time';
ALTER TABLE profile_stacks MODIFY COMMENT 'Distinct call stacks, frames leaf first; read with LIMIT 1 BY StackId';
ALTER TABLE profile_stacks
    COMMENT COLUMN StackId 'Hash of the frames (address and build id for frames without symbols)',
    COMMENT COLUMN FunctionNames 'Function of each frame, leaf first; empty without symbols',
    COMMENT COLUMN FileNames 'Source file of each frame',
    COMMENT COLUMN Lines 'Source line of each frame, 0 when unknown',
    COMMENT COLUMN Modules 'Binary or library of each frame',
    COMMENT COLUMN FrameTypes 'native, kernel, go, v8js, jvm, cpython, …',
    COMMENT COLUMN Addresses 'Instruction address of each frame',
    COMMENT COLUMN BuildIds 'Build id of each frame''s binary';
ALTER TABLE resource_context MODIFY COMMENT 'What ingest learned about containers and processes from every signal';
