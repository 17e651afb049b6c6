-- resource_context: what ingest has learned about processes and containers from every signal,
-- so a profile sample that arrives without k8s or service attributes can be filled in (the
-- k8sattributes processor often cannot enrich host-PID eBPF profiles).
--   ContextKey: 'container:<container.id>' -> k8s.* attributes, or
--   'process:<host.name>/<process.pid>' -> the process's resource attributes.
--   ENGINE ReplacingMergeTree(LastSeen): a key is re-written when it changes or ages in the cache;
--   the newest row wins. ORDER BY ContextKey: point lookups and a full load at start-up.
--   TTL: a process or container not seen for the retention period is forgotten.
CREATE TABLE IF NOT EXISTS resource_context
(
    ContextKey String,
    Attributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    LastSeen DateTime
)
ENGINE = ReplacingMergeTree(LastSeen)
ORDER BY ContextKey
TTL LastSeen + toIntervalDay({{ttl_days}});
