import { consoleLimits, consoleSettings, type ConsoleLimits } from './console-limits';

/** The ClickHouse user, profile and database a server-mode console is given. */
export interface ConsoleUserSpec {
  user: string;
  password: string;
  /** The store's database (CLICKHOUSE_DATABASE). */
  database: string;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The statements an administrator runs on a ClickHouse server so that the SQL console's user can
 * read the store's tables and nothing else: a settings profile whose limits the user cannot
 * raise (readonly = 2 lets the console send its own limits, and the constraints cap them), a user
 * in that profile, and SELECT on the store's database only. Not granted, on purpose: INSERT and
 * every other write, SOURCES (the file, url, s3, remote, … table functions), dictGet, KILL QUERY,
 * SYSTEM, introspection, SHOW USERS and access management. `npm run console-user` prints them.
 */
export function consoleUserStatements(
  spec: ConsoleUserSpec,
  limits: ConsoleLimits = consoleLimits,
): string[] {
  for (const [name, value] of [
    ['user', spec.user],
    ['database', spec.database],
  ] as const) {
    if (!identifier.test(value))
      throw new Error(`the console's ${name} must be a plain identifier`);
  }
  const profile = `${spec.user}_profile`;
  // The settings the console sends with every request, as the profile's maximums (the limits)
  // and constants (switches), so that no request can raise them.
  const sent = consoleSettings(limits, { readonly: false });
  const capped = [
    'max_execution_time',
    'max_rows_to_read',
    'max_result_rows',
    'max_result_bytes',
    'max_memory_usage',
    'max_threads',
  ];
  const constraints = [
    ...capped.map((k) => `${k} = ${String(sent[k])} MAX ${String(sent[k])}`),
    `allow_introspection_functions = ${String(sent['allow_introspection_functions'])} CONST`,
    'allow_ddl = 0 CONST',
  ];
  return [
    `CREATE SETTINGS PROFILE OR REPLACE ${profile} SETTINGS readonly = 2 CONST, ${constraints.join(', ')}`,
    `CREATE USER OR REPLACE ${spec.user} IDENTIFIED WITH sha256_password BY ${quote(spec.password)} SETTINGS PROFILE ${profile}`,
    `GRANT SELECT ON ${spec.database}.* TO ${spec.user}`,
  ];
}
