// A node:test reporter that prints, after everything else, how many tests ran, passed, failed and
// were skipped, with each skip's reason and each failure's name: a green run that tested nothing,
// or skipped what matters, shows at the end. Suites are not counted; their tests are.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function where(data) {
  return data.file ? path.relative(root, data.file) : '?';
}

export default async function* summaryReporter(source) {
  let passed = 0;
  const failed = [];
  const skipped = [];
  const todo = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    if (data.details?.type === 'suite') continue;
    const name = `${where(data)} › ${data.name}`;
    if (data.skip !== undefined && data.skip !== false) {
      skipped.push(`${name}: ${typeof data.skip === 'string' ? data.skip : 'no reason given'}`);
    } else if (data.todo !== undefined && data.todo !== false) {
      todo.push(name);
    } else if (event.type === 'test:pass') {
      passed++;
    } else {
      failed.push(name);
    }
  }
  const ran = passed + failed.length;
  const lines = [
    '',
    `traceprof tests: ${ran} ran, ${passed} passed, ${failed.length} failed, ${skipped.length} skipped${todo.length ? `, ${todo.length} todo` : ''}`,
  ];
  for (const f of failed) lines.push(`  failed:  ${f}`);
  for (const s of skipped) lines.push(`  skipped: ${s}`);
  for (const t of todo) lines.push(`  todo:    ${t}`);
  if (ran === 0) lines.push('  no test ran: this is not a pass');
  yield `${lines.join('\n')}\n`;
}
