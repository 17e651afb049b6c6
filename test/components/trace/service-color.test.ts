import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceColorIn } from '@/components/trace/service-color';

describe('service colours', () => {
  it('gives up to ten services of the store ten different colours', () => {
    const services = [
      'ad',
      'cart',
      'checkout',
      'currency',
      'email',
      'frontend',
      'inventory',
      'payment',
      'quote',
      'shipping',
    ];
    const colorOf = serviceColorIn(services);
    assert.equal(new Set(services.map(colorOf)).size, services.length);
  });

  it('keeps a service the same colour wherever it is drawn, and colours one it does not know yet', () => {
    const a = serviceColorIn(['checkout', 'inventory']);
    const b = serviceColorIn(['checkout', 'inventory']);
    assert.equal(a('inventory'), b('inventory'));
    assert.notEqual(a('checkout'), a('inventory'));
    assert.match(a('newcomer'), /^#[0-9a-f]{6}$/);
    assert.equal(a('newcomer'), serviceColorIn([])('newcomer'));
  });
});
