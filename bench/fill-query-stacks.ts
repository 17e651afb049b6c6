import { param, sql, type SqlQuery } from '@/lib/clickhouse/sql';
import { goPackages, goVerbs, jsFiles, jsNames, kernelNames } from './profile-frame-names';

/** Stack kinds, one per runtime family; stack n has kind n % stackKinds.length. */
export const stackKinds = ['go', 'java', 'nodejs', 'python', 'native'] as const;

/** Distinct stacks in the pool: 600 per kind. */
export const stackPoolSize = 3000;
export const stacksPerKind = stackPoolSize / stackKinds.length;

/** The kind of stacks a process of this language runs (ruby and C++ look native to the profiler). */
export function stackKindOf(language: string): number {
  const i = (stackKinds as readonly string[]).indexOf(language);
  return i >= 0 ? i : stackKinds.indexOf('native');
}

const cross = (
  a: readonly string[],
  b: readonly string[],
  join: (x: string, y: string) => string,
) => a.flatMap((x) => b.map((y) => join(x, y)));

const javaClasses = ['OrderController', 'CartService', 'JdbcTemplate', 'ObjectMapper', 'Netty'];
const javaMethods = ['handle', 'invoke', 'execute', 'serialize', 'read', 'write', 'apply', 'run'];
const pyModules = ['flask.app', 'recommend.model', 'numpy.core', 'json.encoder', 'grpc._server'];
const pyFuncs = ['dispatch', 'predict', 'dot', 'encode', 'iterencode', 'handle', '_call', 'wrap'];
const nativeNames = ['memcpy', 'malloc', 'free', 'pthread_mutex_lock', 'SSL_read', 'SSL_write'];

/** Function names per kind, in stackKinds order. */
const names: string[][] = [
  cross(goPackages, goVerbs, (p, v) => `${p}.${v}`),
  cross(javaClasses, javaMethods, (c, m) => `com.shop.${c}.${m}`),
  cross(jsNames, ['', 'Async', 'Impl'], (n, s) => `${n}${s}`),
  cross(pyModules, pyFuncs, (m, f) => `${m}.${f}`),
  cross(nativeNames, ['', '_impl', '@plt'], (n, s) => `${n}${s}`),
];
const files: string[][] = [
  goPackages.map((p) => `/src/${p}/handler.go`),
  javaClasses.map((c) => `${c}.java`),
  [...jsFiles],
  pyModules.map((m) => `/app/${m.replace(/\./g, '/')}.py`),
  [''],
];
const modules = [
  '/app/server',
  '/opt/java/lib/server/libjvm.so',
  '/usr/local/bin/node',
  '/usr/bin/python3.12',
  '/usr/lib/x86_64-linux-gnu/libc.so.6',
];
const frameTypes = ['go', 'jvm', 'v8js', 'cpython', 'native'];

/**
 * The stack pool, 10–40 frames each, stored leaf first. Frames near the root are shared by many
 * stacks (frame i from the root is keyed by j / (600 >> i), j the stack's number within its
 * kind), so flame graphs merge like real ones; the last 0–3 frames are kernel frames.
 */
export function stackPoolInsert(): SqlQuery {
  return sql`INSERT INTO profile_stacks
      (StackId, FunctionNames, SystemNames, FileNames, Lines, Modules, FrameTypes, Addresses, BuildIds, LastSeen)
    WITH ${param('Array(Array(String))', names)} AS names, ${param('Array(Array(String))', files)} AS files,
         ${param('Array(String)', modules)} AS modules, ${param('Array(String)', frameTypes)} AS types,
         ${param('Array(String)', kernelNames)} AS kernel
    SELECT StackId, arrayReverse(fn), arrayReverse(fn), arrayReverse(file), arrayReverse(line),
           arrayReverse(mod), arrayReverse(ft), arrayReverse(addr), arrayReverse(arrayMap(m -> if(m = '', '', 'b1d2e3f4'), mod)), now()
    FROM (
      SELECT cityHash64('bench-stack', number) AS StackId, number % 5 AS kind, intDiv(number, 5) AS j,
             10 + cityHash64('depth', number) % 31 AS depth, cityHash64('kernel', number) % 4 AS kk,
             arrayMap(i -> cityHash64(kind, i, intDiv(j, greatest(1, bitShiftRight(toUInt32(${param('UInt32', stacksPerKind)}), i)))), range(depth)) AS keys,
             arrayMap((i, k) -> i >= depth - kk, range(depth), keys) AS isKernel,
             arrayMap((k, kern) -> if(kern, kernel[k % length(kernel) + 1], names[kind + 1][k % length(names[kind + 1]) + 1]), keys, isKernel) AS fn,
             arrayMap((k, kern) -> if(kern, '', files[kind + 1][k % length(files[kind + 1]) + 1]), keys, isKernel) AS file,
             arrayMap((k, kern) -> toUInt32(if(kern, 0, 1 + k % 900)), keys, isKernel) AS line,
             arrayMap(kern -> if(kern, '', modules[kind + 1]), isKernel) AS mod,
             arrayMap(kern -> if(kern, 'kernel', types[kind + 1]), isKernel) AS ft,
             arrayMap((k, kern) -> if(kern, 0xffffffff81000000 + k % 0x100000, 0x400000 + k % 0x1000000), keys, isKernel) AS addr
      FROM numbers(${param('UInt32', stackPoolSize)})
    )`;
}

/** The StackId of pool stack `kind + 5 * j`, as an SQL expression over those two names. */
export const stackIdExpression = `cityHash64('bench-stack', toUInt64(kind + ${stackKinds.length} * j))`;
