-- profile_stacks: every distinct call stack once, frames leaf first (index 1 is the innermost
-- frame, as in OTLP's Stack.location_indices). Samples point here by StackId.
--   StackId: 64-bit hash over each frame's function, file, line, module and frame type, plus the
--   address and build id for frames without symbols, so unsymbolized native frames at different
--   addresses stay apart (a name-only hash would fold them into one "unknown" stack).
--   Inline frames are expanded: one array element per OTLP Line.
--   ENGINE ReplacingMergeTree(LastSeen): ingest writes a stack again when its cache entry ages
--   out, so duplicates are expected and merges keep the newest; readers use LIMIT 1 BY StackId.
--   ORDER BY StackId: the only read is "these stack ids"; no PARTITION BY, so duplicates of one
--   stack always meet in a merge. TTL on LastSeen removes stacks no sample has used for the
--   retention period.
CREATE TABLE IF NOT EXISTS profile_stacks
(
    StackId UInt64,
    FunctionNames Array(LowCardinality(String)) CODEC(ZSTD(1)),
    SystemNames Array(LowCardinality(String)) CODEC(ZSTD(1)),
    FileNames Array(LowCardinality(String)) CODEC(ZSTD(1)),
    Lines Array(UInt32) CODEC(ZSTD(1)),
    Modules Array(LowCardinality(String)) CODEC(ZSTD(1)),
    FrameTypes Array(LowCardinality(String)) CODEC(ZSTD(1)),
    Addresses Array(UInt64) CODEC(ZSTD(1)),
    BuildIds Array(LowCardinality(String)) CODEC(ZSTD(1)),
    LastSeen DateTime CODEC(Delta(4), ZSTD(1))
)
ENGINE = ReplacingMergeTree(LastSeen)
ORDER BY StackId
TTL LastSeen + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 1024;

-- profile_samples: one row per sample hit (the eBPF profiler packs many hits of one stack and
-- thread into one OTLP Sample, each with its own timestamp).
--   Value is the hit's weight in SampleUnit: an on-CPU hit is 1 x Period ns; off-CPU hits carry
--   their own nanoseconds. TraceId/SpanId are hex as in otel_traces, '' when the sample says
--   nothing; SpanSource says which field gave them: 'link' (the OTLP Link) or 'label'
--   (process.context.label.*/span_id attributes). Inferred matches are not stored.
--   ENGINE MergeTree, PARTITION BY day: retention drops whole days.
--   ORDER BY (HostName, ProcessPid, ThreadId, Timestamp): the window read "samples of process P
--   (thread t) between t1 and t2" is a primary-key range, and sorting by thread keeps each
--   thread's timestamps and stacks adjacent, which is what makes Delta+ZSTD shrink them to a few
--   bytes a hit. The span read ("samples of span X of trace T") goes to profile_samples_by_span.
--   Codecs: Delta on timestamps, T64 on small integers, ZSTD(1) on the rest; the repeated
--   per-process strings are LowCardinality and cost nearly nothing after sorting. Resource
--   attribute values are LowCardinality too: a process has one set, repeated on each of its hits,
--   which as plain strings cost more than everything else in the row. SampleAttributes leaves out
--   what has a column (thread.id, thread.name, the span id labels).
CREATE TABLE IF NOT EXISTS profile_samples
(
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanId String CODEC(ZSTD(1)),
    SpanSource LowCardinality(String) CODEC(ZSTD(1)),
    StackId UInt64 CODEC(ZSTD(1)),
    Value Int64 CODEC(T64, ZSTD(1)),
    SampleType LowCardinality(String) CODEC(ZSTD(1)),
    SampleUnit LowCardinality(String) CODEC(ZSTD(1)),
    Period Int64 CODEC(T64, ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    HostName LowCardinality(String) CODEC(ZSTD(1)),
    ProcessPid UInt32 CODEC(T64, ZSTD(1)),
    ProcessExecutableName LowCardinality(String) CODEC(ZSTD(1)),
    ThreadId UInt32 CODEC(T64, ZSTD(1)),
    ThreadName LowCardinality(String) CODEC(ZSTD(1)),
    ContainerId LowCardinality(String) CODEC(ZSTD(1)),
    K8sClusterName LowCardinality(String) CODEC(ZSTD(1)),
    K8sNamespaceName LowCardinality(String) CODEC(ZSTD(1)),
    K8sDeploymentName LowCardinality(String) CODEC(ZSTD(1)),
    K8sPodName LowCardinality(String) CODEC(ZSTD(1)),
    K8sPodUid LowCardinality(String) CODEC(ZSTD(1)),
    K8sNodeName LowCardinality(String) CODEC(ZSTD(1)),
    K8sContainerName LowCardinality(String) CODEC(ZSTD(1)),
    ResourceAttributes Map(LowCardinality(String), LowCardinality(String)) CODEC(ZSTD(1)),
    SampleAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
    INDEX idx_service ServiceName TYPE set(64) GRANULARITY 4,
    INDEX idx_pod K8sPodName TYPE bloom_filter(0.01) GRANULARITY 4
)
ENGINE = MergeTree()
PARTITION BY toDate(Timestamp)
ORDER BY (HostName, ProcessPid, ThreadId, Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1;

-- profile_samples_by_span: the samples that name a span (link or label), sorted by trace and span
-- so "all samples of span X of trace T" is a primary-key point range. Filled by the view below
-- from every insert into profile_samples; only the columns a span profile needs are copied.
CREATE TABLE IF NOT EXISTS profile_samples_by_span
(
    TraceId String CODEC(ZSTD(1)),
    SpanId String CODEC(ZSTD(1)),
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    SpanSource LowCardinality(String) CODEC(ZSTD(1)),
    StackId UInt64 CODEC(ZSTD(1)),
    Value Int64 CODEC(T64, ZSTD(1)),
    SampleType LowCardinality(String) CODEC(ZSTD(1)),
    SampleUnit LowCardinality(String) CODEC(ZSTD(1)),
    Period Int64 CODEC(T64, ZSTD(1)),
    HostName LowCardinality(String) CODEC(ZSTD(1)),
    ProcessPid UInt32 CODEC(T64, ZSTD(1)),
    ThreadId UInt32 CODEC(T64, ZSTD(1))
)
ENGINE = MergeTree()
PARTITION BY toDate(Timestamp)
ORDER BY (TraceId, SpanId, Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1;

CREATE MATERIALIZED VIEW IF NOT EXISTS profile_samples_by_span_mv TO profile_samples_by_span AS
SELECT TraceId, SpanId, Timestamp, SpanSource, StackId, Value, SampleType, SampleUnit, Period,
       HostName, ProcessPid, ThreadId
FROM profile_samples
WHERE SpanId != '';

-- profile_samples_ingest: what ingest inserts: one row per OTLP Profile (a process's samples of
-- one type) with its samples as parallel arrays and each sample's hits as an array of timestamps
-- and one of weights. ENGINE Null stores nothing; the view below expands samples, then hits, into
-- profile_samples rows inside the engine, so the per-process columns cross from Node once per
-- profile, not once per hit. Not for reading.
CREATE TABLE IF NOT EXISTS profile_samples_ingest
(
    SampleType LowCardinality(String),
    SampleUnit LowCardinality(String),
    Period Int64,
    ServiceName LowCardinality(String),
    HostName LowCardinality(String),
    ProcessPid UInt32,
    ProcessExecutableName LowCardinality(String),
    ContainerId LowCardinality(String),
    K8sClusterName LowCardinality(String),
    K8sNamespaceName LowCardinality(String),
    K8sDeploymentName LowCardinality(String),
    K8sPodName LowCardinality(String),
    K8sPodUid LowCardinality(String),
    K8sNodeName LowCardinality(String),
    K8sContainerName LowCardinality(String),
    ResourceAttributes Map(LowCardinality(String), LowCardinality(String)),
    TraceIds Array(String),
    SpanIds Array(String),
    SpanSources Array(LowCardinality(String)),
    StackIds Array(UInt64),
    ThreadIds Array(UInt32),
    ThreadNames Array(LowCardinality(String)),
    SampleAttributes Array(Map(LowCardinality(String), String)),
    Timestamps Array(Array(DateTime64(9))),
    Values Array(Array(Int64))
)
ENGINE = Null;

-- Two ARRAY JOINs, the inner in a subquery: samples first (per-process columns repeat per
-- sample), then each sample's own hits (only that sample's arrays repeat per hit).
CREATE MATERIALIZED VIEW IF NOT EXISTS profile_samples_ingest_mv TO profile_samples AS
SELECT Timestamp, TraceId, SpanId, SpanSource, StackId, Value, SampleType, SampleUnit, Period,
       ServiceName, HostName, ProcessPid, ProcessExecutableName, ThreadId, ThreadName, ContainerId,
       K8sClusterName, K8sNamespaceName, K8sDeploymentName, K8sPodName, K8sPodUid, K8sNodeName,
       K8sContainerName, ResourceAttributes, SampleAttributes
FROM
(
    SELECT SampleType, SampleUnit, Period, ServiceName, HostName, ProcessPid,
           ProcessExecutableName, ContainerId, K8sClusterName, K8sNamespaceName,
           K8sDeploymentName, K8sPodName, K8sPodUid, K8sNodeName, K8sContainerName,
           ResourceAttributes, TraceId, SpanId, SpanSource, StackId, ThreadId, ThreadName,
           SampleAttrs AS SampleAttributes, HitTimestamps, HitValues
    FROM profile_samples_ingest
    ARRAY JOIN TraceIds AS TraceId, SpanIds AS SpanId, SpanSources AS SpanSource,
               StackIds AS StackId, ThreadIds AS ThreadId, ThreadNames AS ThreadName,
               SampleAttributes AS SampleAttrs, Timestamps AS HitTimestamps, Values AS HitValues
)
ARRAY JOIN HitTimestamps AS Timestamp, HitValues AS Value;
