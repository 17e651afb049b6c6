import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spanLinkCells } from '@/components/sql/span-link-cells';

const trace = '0af7651916cd43dd8448eb211c80319c';
const span = 'b7ad6b7169203331';

describe('span-view links in SQL results', () => {
  it('links a TraceId cell to its trace at the row’s span, and the SpanId cell to that span', () => {
    const linkOf = spanLinkCells([{ name: 'TraceId' }, { name: 'SpanId' }, { name: 'Duration' }]);
    const row = [trace, span, '1000'];
    const at = `/traces/${trace}?span=${span}`;
    assert.equal(linkOf(row, 0), at);
    assert.equal(linkOf(row, 1), at);
    assert.equal(linkOf(row, 2), undefined);
  });

  it('knows snake case, upper-case hex, and a trace id alone', () => {
    const linkOf = spanLinkCells([{ name: 'trace_id' }]);
    assert.equal(linkOf([trace.toUpperCase()], 0), `/traces/${trace}`);
  });

  it('links nothing that is not an id, nor a span without its trace', () => {
    assert.equal(spanLinkCells([{ name: 'TraceId' }])(['not-an-id'], 0), undefined);
    assert.equal(spanLinkCells([{ name: 'SpanId' }])([span], 0), undefined);
    const both = spanLinkCells([{ name: 'TraceId' }, { name: 'SpanId' }]);
    assert.equal(both([trace, ''], 1), undefined, 'a root has no parent span id to link');
    assert.equal(both([trace, ''], 0), `/traces/${trace}`);
  });
});
