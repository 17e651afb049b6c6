-- ingest_requests: the ledger that makes a retried OTLP request stored once. Each request is
-- known by a digest of its bytes (signal, encoding, body after decompression). Ingest records
-- the attempt (Stored = 0) before any of the request's rows is written, and the outcome
-- (Stored = 1) once all of them are; a server that restarts reads the recent ledger back, so a
-- client's retry of a request that was stored (or may have been, when the server stopped while
-- writing it) stores only what is missing. Not for reading elsewhere.
--   ENGINE ReplacingMergeTree(Stored): one row per digest once merged, the outcome winning over
--   the attempt; reads take max(Stored) and do not wait for merges.
--   ORDER BY Digest: the start-up read is a range scan of recent rows, lookups are by digest.
--   TTL one day: clients stop retrying within minutes; the ledger keeps far longer than that.
CREATE TABLE IF NOT EXISTS ingest_requests
(
    Digest String,
    Signal LowCardinality(String),
    Stored UInt8,
    At DateTime64(3)
)
ENGINE = ReplacingMergeTree(Stored)
ORDER BY Digest
TTL toDateTime(At) + toIntervalDay(1);
