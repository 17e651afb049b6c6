import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  getOperationProfileLink,
  operationViewPatch,
  parseOperationView,
} from '@/components/url/operation-profile-url';

describe("the operation profile's URL", () => {
  const operation = { service: 'inventory', operation: 'GET /reserve' };

  it('carries the explorer’s filters and a scope other than the default', () => {
    const carry = new URLSearchParams('range=6h&pod=inv-1&span=abcdef0123456789&zoom=a');
    const link = getOperationProfileLink({ ...operation, scope: 'span' }, carry);
    const url = new URL(link, 'http://x');
    assert.equal(url.pathname, '/operations');
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      range: '6h',
      pod: 'inv-1',
      service: 'inventory',
      operation: 'GET /reserve',
      scope: 'span',
    });
    assert.equal(parseOperationView(url.searchParams).scope, 'span');
  });

  it('leaves the default scope out, and reads a missing or unknown one as the default', () => {
    const link = getOperationProfileLink({ ...operation, scope: 'descendants' });
    assert.ok(!new URL(link, 'http://x').searchParams.has('scope'), link);
    assert.equal(parseOperationView(new URLSearchParams()).scope, 'descendants');
    assert.equal(parseOperationView(new URLSearchParams('scope=galaxy')).scope, 'descendants');
    assert.deepEqual(operationViewPatch({ scope: 'descendants' }), { scope: '' });
    assert.deepEqual(operationViewPatch({ scope: 'trace', zoom: [] }), {
      scope: 'trace',
      zoom: '',
    });
  });
});
