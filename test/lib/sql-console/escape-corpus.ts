/**
 * Statements that try to get out of the SQL console: read files, write files, reach the network,
 * touch other sessions or processes, change settings, or hide any of that from the check behind
 * comments, quoting, Unicode, CTEs, subqueries, views and table functions. `{canary}` is a file
 * whose content must never come back, `{dir}` a folder where no file may appear, `{port}` a
 * listener on 127.0.0.1 that must see no connection.
 */
export interface Escape {
  sql: string;
  /** What the refusal must name. */
  refused: RegExp;
}

const fileReads: Escape[] = [
  { sql: "SELECT file('{canary}')", refused: /function file/ },
  { sql: "SELECT `file`('{canary}')", refused: /function file/ },
  { sql: 'SELECT "file"(\'{canary}\')', refused: /function file/ },
  { sql: "SELECT FILE('{canary}')", refused: /function FILE/ },
  { sql: "SELECT /* harmless */ file('{canary}') -- trailing", refused: /function file/ },
  { sql: "SELECT * FROM file('{canary}', 'LineAsString')", refused: /table function file/ },
  { sql: "SELECT * FROM file('/proc/self/environ', 'RawBLOB')", refused: /table function file/ },
  { sql: "DESCRIBE file('{canary}')", refused: /table function file/ },
  { sql: "DESCRIBE TABLE file('{canary}', 'CSV')", refused: /table function file/ },
  { sql: "SELECT * FROM (SELECT file('{canary}') AS x)", refused: /function file/ },
  { sql: "WITH (SELECT file('{canary}')) AS x SELECT x", refused: /function file/ },
  { sql: "WITH t AS (SELECT file('{canary}') AS x) SELECT * FROM t", refused: /function file/ },
  { sql: "SELECT * FROM view(SELECT file('{canary}'))", refused: /function file/ },
  { sql: "SELECT arrayMap(p -> file(p), ['{canary}'])", refused: /function file/ },
  { sql: "SELECT 1 WHERE file('{canary}') != ''", refused: /function file/ },
  {
    sql: "SELECT number FROM numbers(1) WHERE number IN (SELECT length(file('{canary}')))",
    refused: /function file/,
  },
  { sql: "SELECT * FROM otel_traces, file('{canary}', 'LineAsString')", refused: /file/ },
  { sql: "SELECT * FROM fileCluster('x', '{canary}')", refused: /table function fileCluster/ },
  { sql: "SELECT * FROM merge(currentDatabase(), '.*')", refused: /table function merge/ },
  { sql: "SELECT * FROM input('x String')", refused: /table function input/ },
  { sql: 'SELECT * FROM loop(otel_traces)', refused: /table function loop/ },
  { sql: "SELECT \u{FB01}le('{canary}')", refused: /Syntax error|not in the function catalogue/ },
  { sql: "SELECT 1 AS `a\n    Function numbers`, file('{canary}')", refused: /file|check/ },
  { sql: "SELECT 1 AS `x (children 3)`, file('{canary}')", refused: /file|check/ },
  { sql: "SELECT * APPLY(file) FROM (SELECT '{canary}')", refused: /APPLY/ },
  { sql: "SELECT formatRow('CSV', file('{canary}'))", refused: /formatRow|file/ },
  { sql: 'SELECT filesystemAvailable()', refused: /reads files/ },
];

const fileWrites: Escape[] = [
  { sql: "SELECT 'pwned' INTO OUTFILE '{dir}/a.txt'", refused: /INTO OUTFILE/ },
  { sql: "SELECT 'pwned' INTO OUTFILE '{dir}/b.txt' TRUNCATE", refused: /INTO OUTFILE/ },
  { sql: "SELECT 'pwned' INTO OUTFILE '{dir}/c.txt' APPEND", refused: /INTO OUTFILE/ },
  { sql: "SELECT 'pwned' INTO OUTFILE '{dir}/d.txt' AND STDOUT", refused: /INTO OUTFILE/ },
  {
    sql: "SELECT 'pwned' INTO OUTFILE '{dir}/e.gz' COMPRESSION 'gzip'",
    refused: /INTO OUTFILE/,
  },
  { sql: "SELECT 1 UNION ALL SELECT 2 INTO OUTFILE '{dir}/f.txt'", refused: /INTO OUTFILE/ },
  { sql: "(SELECT 1) INTO OUTFILE '{dir}/g.txt'", refused: /INTO OUTFILE/ },
  { sql: "EXPLAIN SELECT 1 INTO OUTFILE '{dir}/h.txt'", refused: /INTO OUTFILE/ },
  { sql: "SHOW TABLES INTO OUTFILE '{dir}/i.txt'", refused: /SHOW/ },
  { sql: "DESCRIBE TABLE otel_traces INTO OUTFILE '{dir}/j.txt'", refused: /INTO OUTFILE/ },
  {
    sql: "WITH x AS (SELECT 1) SELECT * FROM x INTO OUTFILE '{dir}/k.txt'",
    refused: /INTO OUTFILE/,
  },
  {
    sql: "SELECT * FROM otel_traces INTO OUTFILE '{dir}/l.txt' FORMAT CSV",
    refused: /INTO OUTFILE/,
  },
  { sql: "INSERT INTO FUNCTION file('{dir}/m.txt') SELECT 1", refused: /Insert/ },
  { sql: "BACKUP TABLE otel_traces TO File('{dir}/n')", refused: /Backup/ },
  { sql: 'SELECT 1 FORMAT CSV', refused: /FORMAT/ },
];

const network: Escape[] = [
  { sql: "SELECT * FROM url('http://127.0.0.1:{port}/x', 'LineAsString')", refused: /url/ },
  { sql: "DESCRIBE url('http://127.0.0.1:{port}/x')", refused: /table function url/ },
  { sql: "DESCRIBE TABLE s3('http://127.0.0.1:{port}/b/x.csv')", refused: /table function s3/ },
  { sql: "SELECT * FROM remote('127.0.0.1:{port}', system.one)", refused: /remote/ },
  { sql: "SELECT * FROM remoteSecure('127.0.0.1:{port}', system.one)", refused: /remote/ },
  { sql: "SELECT * FROM cluster('default', system.one)", refused: /table function cluster/ },
  { sql: "SELECT * FROM mysql('127.0.0.1:{port}', 'd', 't', 'u', 'p')", refused: /mysql/ },
  {
    sql: "SELECT * FROM postgresql('127.0.0.1:{port}', 'd', 't', 'u', 'p')",
    refused: /postgresql/,
  },
  { sql: "SELECT * FROM urlCluster('x', 'http://127.0.0.1:{port}/')", refused: /urlCluster/ },
  {
    sql: "SELECT * FROM azureBlobStorage('http://127.0.0.1:{port}/a', 'c', 'x.csv')",
    refused: /azureBlobStorage/,
  },
  {
    sql: "SELECT hasColumnInTable('127.0.0.1', {port}, 'default', '', 'system', 'one', 'dummy')",
    refused: /hasColumnInTable/,
  },
  { sql: "SELECT aiGenerate('say hello')", refused: /network/ },
  { sql: "SELECT dictGet('d', 'x', toUInt64(1))", refused: /dictionary/ },
  { sql: "SELECT * FROM dictionary('d')", refused: /table function dictionary/ },
  { sql: "SELECT joinGet('j', 'v', 1)", refused: /joinGet/ },
];

const processesAndSessions: Escape[] = [
  { sql: "SELECT * FROM executable('id', 'TSV', 'x String')", refused: /executable/ },
  { sql: 'KILL QUERY WHERE 1', refused: /Kill/ },
  { sql: "KILL QUERY WHERE query_id = 'x' SYNC", refused: /Kill/ },
  { sql: 'SELECT query FROM system.processes', refused: /system\.processes/ },
  { sql: 'SELECT 1 IN system.processes', refused: /system\.processes/ },
  { sql: 'SELECT query FROM system.query_log', refused: /system\.query_log/ },
  { sql: 'SELECT * FROM system.stack_trace', refused: /system\.stack_trace/ },
  { sql: 'SELECT * FROM system.users', refused: /system\.users/ },
  { sql: 'SELECT * FROM system.settings', refused: /system\.settings/ },
  { sql: 'SELECT * FROM system.server_settings', refused: /system\.server_settings/ },
  { sql: 'SELECT * FROM system.disks', refused: /system\.disks/ },
  { sql: 'SELECT * FROM `system`.`processes`', refused: /system\.processes/ },
  { sql: 'SYSTEM FLUSH LOGS', refused: /SYSTEM statements/ },
  { sql: 'SYSTEM DROP DNS CACHE', refused: /SYSTEM statements/ },
  { sql: 'SHOW PROCESSLIST', refused: /ShowProcesslist/ },
  { sql: 'SHOW GRANTS', refused: /statements/ },
  { sql: "SHOW SETTINGS LIKE '%'", refused: /SHOW other than/ },
  { sql: "SELECT getSetting('max_memory_usage')", refused: /getSetting/ },
  { sql: "SELECT getServerSetting('path')", refused: /getServerSetting/ },
  { sql: "SELECT getMacro('shard')", refused: /getMacro/ },
  { sql: 'SELECT hostName(), getOSKernelVersion()', refused: /hostName/ },
  { sql: 'SELECT addressToSymbol(toUInt64(1))', refused: /addressToSymbol/ },
  { sql: "SELECT logTrace('x')", refused: /logTrace/ },
  { sql: 'SELECT sleepEachRow(3) FROM numbers(10)', refused: /sleepEachRow/ },
];

const settingsAndStatements: Escape[] = [
  { sql: 'SET readonly = 0', refused: /Set statements/ },
  { sql: 'SELECT 1 SETTINGS readonly = 0', refused: /SETTINGS/ },
  { sql: 'SELECT 1 SETTINGS max_execution_time = 100000', refused: /SETTINGS/ },
  { sql: 'SELECT * FROM numbers(10) SETTINGS max_threads = 64', refused: /SETTINGS/ },
  { sql: 'SELECT {x:String}', refused: /parameter|Substitution|check/ },
  { sql: "SELECT 1; SELECT file('{canary}')", refused: /One statement at a time/ },
  { sql: "SELECT 1;\nSELECT * FROM url('http://127.0.0.1:{port}/')", refused: /One statement/ },
  { sql: "CREATE VIEW v AS SELECT file('{canary}')", refused: /Create/ },
  { sql: 'CREATE FUNCTION f AS p -> p', refused: /CreateFunction|Create/ },
  { sql: 'USE system', refused: /Use/ },
  { sql: 'OPTIMIZE TABLE otel_traces FINAL', refused: /Optimize/ },
  { sql: 'DETACH TABLE otel_traces', refused: /Drop|Detach/ },
  { sql: 'ALTER TABLE otel_traces DELETE WHERE 1', refused: /Alter/ },
  { sql: "EXPLAIN json = 1 SELECT file('{canary}')", refused: /SETTINGS|file/ },
  { sql: 'EXPLAIN SYNTAX SELECT * FROM system.processes', refused: /system\.processes/ },
];

export const escapeCorpus: Record<string, Escape[]> = {
  'file reads': fileReads,
  'file writes': fileWrites,
  network,
  'processes, other sessions, the server': processesAndSessions,
  'settings and other statements': settingsAndStatements,
};

/** Fills the placeholders of a corpus statement. */
export function fillEscape(sql: string, at: { canary: string; dir: string; port: number }): string {
  return sql
    .replaceAll('{canary}', at.canary)
    .replaceAll('{dir}', at.dir)
    .replaceAll('{port}', String(at.port));
}
