-- otel_traces: spans, in exactly the shape the OpenTelemetry Collector contrib clickhouseexporter
-- writes (internal/sqltemplates/traces_table.sql), so Grafana's ClickHouse plugin, ClickStack and
-- the collector's own exporter read and write this table unchanged.
--   Values: TraceId/SpanId/ParentSpanId are lowercase hex ('' when absent); SpanKind is
--   Unspecified|Internal|Server|Client|Producer|Consumer; StatusCode is Unset|Ok|Error;
--   Timestamp is the span start; Duration is end - start in nanoseconds.
--   ENGINE MergeTree: append-only spans, no updates.
--   PARTITION BY day: TTL drops whole days (ttl_only_drop_parts) instead of rewriting parts.
--   ORDER BY (ServiceName, SpanName, second, Timestamp): the explorer filters by service and
--   operation over a time range; the 32-bit DateTime prefix keeps the primary index small.
--   Indexes: bloom filters find a trace id or an attribute without a full scan (the exporter's
--   variant for servers without text indexes, which every ClickHouse since 22.x accepts);
--   minmax on Duration skips granules of fast spans for "slower than" searches.
--   Codecs: Delta on sorted timestamps, T64 on durations, ZSTD(1) everywhere for cheap reads.
--   TTL: TRACEPROF_TTL_DAYS (default 7).
CREATE TABLE IF NOT EXISTS otel_traces
(
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanId String CODEC(ZSTD(1)),
    ParentSpanId String CODEC(ZSTD(1)),
    TraceState String CODEC(ZSTD(1)),
    SpanName LowCardinality(String) CODEC(ZSTD(1)),
    SpanKind LowCardinality(String) CODEC(ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    ResourceAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    ScopeName String CODEC(ZSTD(1)),
    ScopeVersion String CODEC(ZSTD(1)),
    SpanAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    Duration UInt64 CODEC(T64, ZSTD(1)),
    StatusCode LowCardinality(String) CODEC(ZSTD(1)),
    StatusMessage String CODEC(ZSTD(1)),
    Events Nested
    (
        Timestamp DateTime64(9),
        Name LowCardinality(String),
        Attributes Map(LowCardinality(String), String)
    ) CODEC(ZSTD(1)),
    Links Nested
    (
        TraceId String,
        SpanId String,
        TraceState String,
        Attributes Map(LowCardinality(String), String)
    ) CODEC(ZSTD(1)),
    ResourceAttributeItems Array(String) ALIAS arrayMap(kv -> concat(kv.1, '=', kv.2), CAST(ResourceAttributes, 'Array(Tuple(String, String))')),
    SpanAttributeItems Array(String) ALIAS arrayMap(kv -> concat(kv.1, '=', kv.2), CAST(SpanAttributes, 'Array(Tuple(String, String))')),
    INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
    INDEX idx_res_attr_key mapKeys(ResourceAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_res_attr_value mapValues(ResourceAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_span_attr_key mapKeys(SpanAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_span_attr_value mapValues(SpanAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_duration Duration TYPE minmax GRANULARITY 1,
    INDEX idx_lower_span_name lower(SpanName) TYPE tokenbf_v1(32768, 3, 0) GRANULARITY 8
)
ENGINE = MergeTree()
PARTITION BY toDate(Timestamp)
PRIMARY KEY (ServiceName, SpanName, toDateTime(Timestamp))
ORDER BY (ServiceName, SpanName, toDateTime(Timestamp), Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1;

-- otel_traces_trace_id_ts: trace id -> [Start, End] seconds, so a trace lookup reads only the
-- days and granules that hold the trace (the exporter's traces_id_ts_lookup_table.sql).
--   ENGINE AggregatingMergeTree with SimpleAggregateFunction(min/max): the view below fires per
--   insert block, so a trace spread over N inserts has N partial rows until a merge folds them;
--   readers re-aggregate with min(Start)/max(End).
--   PARTITION BY week of Start: few parts; TTL drops whole weeks.
--   ORDER BY TraceId: the only read is a point lookup by trace id.
CREATE TABLE IF NOT EXISTS otel_traces_trace_id_ts
(
    TraceId String CODEC(ZSTD(1)),
    Start SimpleAggregateFunction(min, DateTime) CODEC(ZSTD(1)),
    End SimpleAggregateFunction(max, DateTime) CODEC(ZSTD(1))
)
ENGINE = AggregatingMergeTree()
PARTITION BY toStartOfWeek(Start)
ORDER BY (TraceId)
TTL toDateTime(Start) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1;

CREATE MATERIALIZED VIEW IF NOT EXISTS otel_traces_trace_id_ts_mv TO otel_traces_trace_id_ts AS
SELECT
    TraceId,
    min(toDateTime(Timestamp)) AS Start,
    max(toDateTime(Timestamp)) AS End
FROM otel_traces
WHERE TraceId != ''
GROUP BY TraceId;
