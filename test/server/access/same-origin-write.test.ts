import assert from 'node:assert/strict';
import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, it } from 'node:test';
import { crossSiteWrite } from '@/server/access/same-origin-write';

function request(method: string, headers: Record<string, string>): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.headers = { host: 'traceprof.local:3000', ...headers };
  return req;
}

describe('cross-site writes', () => {
  it('are refused by Sec-Fetch-Site or by an Origin that is not this site', () => {
    assert.match(
      crossSiteWrite(request('POST', { 'sec-fetch-site': 'cross-site' })) ?? '',
      /cross-site/,
    );
    assert.match(
      crossSiteWrite(request('POST', { 'sec-fetch-site': 'same-site' })) ?? '',
      /same-site/,
    );
    assert.match(
      crossSiteWrite(request('POST', { origin: 'https://evil.example' })) ?? '',
      /Origin/,
    );
    assert.match(crossSiteWrite(request('DELETE', { origin: 'null' })) ?? '', /Origin/);
  });

  it('pass from this origin, from clients that are not browsers, and for reads', () => {
    assert.equal(crossSiteWrite(request('POST', { 'sec-fetch-site': 'same-origin' })), undefined);
    assert.equal(
      crossSiteWrite(request('POST', { origin: 'http://traceprof.local:3000' })),
      undefined,
    );
    assert.equal(crossSiteWrite(request('POST', {})), undefined);
    assert.equal(crossSiteWrite(request('GET', { 'sec-fetch-site': 'cross-site' })), undefined);
  });
});
