import type { Resource } from '@/ingest/otlp/otlp-wire';
import { int, str } from '@/test/support/otlp-values';
import type { SeededRandom } from './seeded-random';

/** One instrumented service: its OTLP resource and the routes its server spans name. */
export interface Service {
  name: string;
  resource: Resource;
  routes: readonly string[];
}

const serviceNames = ['frontend', 'checkout', 'cart', 'payment', 'inventory'] as const;
const routesByService: Record<(typeof serviceNames)[number], readonly string[]> = {
  frontend: ['/api/checkout', '/api/cart', '/api/products/{id}', '/api/recommendations', '/'],
  checkout: ['/checkout/place-order', '/checkout/quote'],
  cart: ['/cart/{userId}', '/cart/{userId}/items'],
  payment: ['/payment/charge', '/payment/refund'],
  inventory: ['/inventory/reserve', '/inventory/{sku}'],
};

/** The five services every generated trace crosses, frontend first. */
export function makeServices(random: SeededRandom): Service[] {
  return serviceNames.map((name, i) => ({
    name,
    routes: routesByService[name],
    resource: {
      attributes: [
        str('service.name', name),
        str('service.version', `1.${i}.${random.int(0, 20)}`),
        str('deployment.environment.name', 'production'),
        str('host.name', `node-${i % 3}.cluster.local`),
        int('process.pid', random.int(100, 60_000)),
        str('process.runtime.name', i % 2 === 0 ? 'nodejs' : 'go'),
        str('container.id', random.hex(32)),
        str('k8s.cluster.name', 'prod-eu-1'),
        str('k8s.namespace.name', 'shop'),
        str('k8s.deployment.name', name),
        str('k8s.pod.name', `${name}-7d9c${random.hex(2)}-${random.hex(3)}`),
        str('k8s.pod.uid', random.hex(16)),
        str('k8s.node.name', `node-${i % 3}`),
        str('telemetry.sdk.name', 'opentelemetry'),
        str('telemetry.sdk.language', i % 2 === 0 ? 'nodejs' : 'go'),
        str('telemetry.sdk.version', '1.30.0'),
      ],
    },
  }));
}
