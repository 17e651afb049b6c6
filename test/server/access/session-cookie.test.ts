import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cookieValue,
  isValidSession,
  issueSession,
  SESSION_TTL_MS,
} from '@/server/access/session-cookie';

describe('the session cookie', () => {
  const token = 'an-operator-token-1234';
  const now = 1_800_000_000_000;

  it('is valid until it expires, for the token that issued it only', () => {
    const session = issueSession(token, now);
    assert.ok(isValidSession(session, token, now + 1000));
    assert.equal(isValidSession(session, token, now + SESSION_TTL_MS + 1), false);
    assert.equal(isValidSession(session, 'another-operator-token', now), false);
  });

  it('refuses a forged expiry, a changed signature and garbage', () => {
    const [, , mac] = issueSession(token, now).split('.');
    assert.equal(isValidSession(`v1.${now + 10 * SESSION_TTL_MS}.${mac}`, token, now), false);
    assert.equal(isValidSession(`v1.${now + 1000}.${'A'.repeat(43)}`, token, now), false);
    assert.equal(isValidSession('nonsense', token, now), false);
    assert.equal(isValidSession(undefined, token, now), false);
  });

  it('is found among the other cookies of a Cookie header', () => {
    assert.equal(cookieValue('a=1; traceprof_session=v1.2.x; b=2', 'traceprof_session'), 'v1.2.x');
    assert.equal(cookieValue('a=1', 'traceprof_session'), undefined);
  });
});
