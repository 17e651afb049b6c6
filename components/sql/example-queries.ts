/** A query the console offers as one click: it fills the editor and runs. */
export interface ExampleQuery {
  title: string;
  /** One line on what it answers. */
  description: string;
  sql: string;
}

/**
 * Starting points over the schema (README, "The SQL schema"). Each runs as it is, on an empty
 * store too (then with no rows), and reads at most the last day, which the primary keys and
 * daily partitions make cheap. Stacks are read with `LIMIT 1 BY StackId` (a ReplacingMergeTree
 * may still hold duplicates), and frames are leaf first.
 */
export const exampleQueries: readonly ExampleQuery[] = [
  {
    title: 'Slowest spans with profiles',
    description: 'The slowest spans of the last day whose CPU samples name them',
    sql: `-- The slowest spans of the last day that have CPU samples linked to them
SELECT t.ServiceName AS service, t.SpanName AS span, round(t.Duration / 1e6, 1) AS duration_ms,
       p.samples, round(p.cpu_ns / 1e6, 1) AS cpu_ms, t.Timestamp AS start, t.TraceId, t.SpanId
FROM otel_traces AS t
INNER JOIN (
    SELECT SpanId, count() AS samples, sum(Value) AS cpu_ns
    FROM profile_samples_by_span
    WHERE SampleType = 'cpu' AND Timestamp > now() - INTERVAL 1 DAY
    GROUP BY SpanId
) AS p ON p.SpanId = t.SpanId
WHERE t.Timestamp > now() - INTERVAL 1 DAY
ORDER BY t.Duration DESC
LIMIT 50`,
  },
  {
    title: 'Hottest functions of a service',
    description: 'On-CPU time by the function that was running, for the busiest service',
    sql: `-- On-CPU time by leaf function (the frame that was running) of one service, last day.
-- The service with the most samples; write a name in quotes instead, e.g. 'checkout'.
WITH (
    SELECT topK(1)(ServiceName)[1] FROM profile_samples
    WHERE SampleType = 'cpu' AND Timestamp > now() - INTERVAL 1 DAY
) AS service
SELECT arrayFirst(f -> f != '', s.FunctionNames) AS function,
       round(sum(p.Value) / 1e6, 1) AS cpu_ms, count() AS samples, service
FROM profile_samples AS p
INNER JOIN (SELECT StackId, FunctionNames FROM profile_stacks LIMIT 1 BY StackId) AS s
    ON s.StackId = p.StackId
WHERE p.ServiceName = service AND p.SampleType = 'cpu' AND p.Timestamp > now() - INTERVAL 1 DAY
GROUP BY function
ORDER BY cpu_ms DESC
LIMIT 50`,
  },
  {
    title: 'Spans whose samples contain a function',
    description: "Spans with a function matching 'json' anywhere in their samples' stacks",
    sql: `-- Spans whose linked CPU samples have a function matching 'json' anywhere in the stack,
-- slowest first, with the share of their samples that do
SELECT t.ServiceName AS service, t.SpanName AS span, round(t.Duration / 1e6, 1) AS duration_ms,
       m.matching, m.samples, round(m.matching / m.samples, 3) AS share, t.TraceId, t.SpanId
FROM otel_traces AS t
INNER JOIN (
    SELECT p.SpanId AS SpanId, countIf(s.hit) AS matching, count() AS samples
    FROM profile_samples_by_span AS p
    INNER JOIN (
        SELECT StackId, arrayExists(f -> positionCaseInsensitive(f, 'json') > 0, FunctionNames) AS hit
        FROM profile_stacks LIMIT 1 BY StackId
    ) AS s ON s.StackId = p.StackId
    WHERE p.SampleType = 'cpu' AND p.Timestamp > now() - INTERVAL 1 DAY
    GROUP BY p.SpanId
    HAVING matching > 0
) AS m ON m.SpanId = t.SpanId
WHERE t.Timestamp > now() - INTERVAL 1 DAY
ORDER BY t.Duration DESC
LIMIT 50`,
  },
  {
    title: 'Profile samples per pod',
    description: 'CPU samples and time per Kubernetes pod, and how many name a span',
    sql: `-- CPU samples per Kubernetes pod over the last day, and how many of them name a span
SELECT K8sNamespaceName AS namespace, K8sPodName AS pod, ServiceName AS service,
       count() AS samples, round(sum(Value) / 1e9, 2) AS cpu_s,
       countIf(SpanId != '') AS linked_to_spans,
       min(Timestamp) AS first_seen, max(Timestamp) AS last_seen
FROM profile_samples
WHERE SampleType = 'cpu' AND Timestamp > now() - INTERVAL 1 DAY
GROUP BY namespace, pod, service
ORDER BY samples DESC`,
  },
  {
    title: 'The SQL behind the span view',
    description: "A span's flame graph: the weight of each stack of its linked samples",
    sql: `-- The flame graph of one span, as the span view builds it from samples that name the span:
-- CPU time per stack, root first (the collapsed-stack format). The span with the most linked
-- samples; write its id in quotes instead. "Show SQL" in the span view gives any span's query.
WITH (
    SELECT SpanId FROM profile_samples_by_span
    WHERE SampleType = 'cpu' AND Timestamp > now() - INTERVAL 1 DAY
    GROUP BY SpanId ORDER BY count() DESC LIMIT 1
) AS span_id
SELECT arrayStringConcat(arrayReverse(s.FunctionNames), ';') AS stack,
       round(sum(p.Value) / 1e6, 1) AS cpu_ms, count() AS samples
FROM profile_samples_by_span AS p
INNER JOIN (SELECT StackId, FunctionNames FROM profile_stacks LIMIT 1 BY StackId) AS s
    ON s.StackId = p.StackId
WHERE p.SpanId = span_id AND p.SampleType = 'cpu'
GROUP BY stack
ORDER BY cpu_ms DESC`,
  },
];
