// `npm run console-user -- [user] [database]`: prints the statements that create the SQL
// console's own ClickHouse user for server mode (a read-only profile with the console's limits,
// SELECT on the store's database only), with a fresh password, and the environment to give
// traceprof. Run them as an administrator of the ClickHouse server; nothing here connects to it.
import { randomBytes } from 'node:crypto';
import { consoleUserStatements } from '@/lib/sql-console/console-user-sql';

const [user = 'traceprof_console', database = process.env.CLICKHOUSE_DATABASE ?? 'default'] =
  process.argv.slice(2);
const password = randomBytes(18).toString('base64url');
for (const statement of consoleUserStatements({ user, password, database })) {
  console.log(`${statement};`);
}
console.log(`\n-- then start traceprof with:`);
console.log(`--   CLICKHOUSE_CONSOLE_USER=${user} CLICKHOUSE_CONSOLE_PASSWORD=${password}`);
