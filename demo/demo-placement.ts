import { createHash } from 'node:crypto';
import os from 'node:os';

/**
 * The Kubernetes placement each demo service would have in a cluster, declared through the
 * standard `OTEL_RESOURCE_ATTRIBUTES` variable, which both SDKs read. On a real cluster nothing
 * declares these: the agent's k8sattributes processor adds them from the API server. The demo
 * runs on one machine with no cluster, so it says what the processor would have said, and the
 * K8s panel and the explorer's Pod column show what they show in production.
 */
export function placementEnv(service: 'checkout' | 'inventory'): Record<string, string> {
  const digest = createHash('sha256').update(`traceprof-demo/${service}`).digest('hex');
  const attributes: Record<string, string> = {
    'k8s.cluster.name': 'demo',
    'k8s.namespace.name': 'shop',
    'k8s.deployment.name': service,
    // A Deployment's pods are named <deployment>-<pod template hash>-<suffix>.
    'k8s.pod.name': `${service}-${digest.slice(0, 10)}-${digest.slice(10, 15)}`,
    'k8s.node.name': os.hostname(),
    'k8s.container.name': service,
    'container.id': digest,
    'container.image.name': `ghcr.io/traceprof/demo-${service}`,
    'container.image.tag': '1.0.0',
  };
  return {
    OTEL_RESOURCE_ATTRIBUTES: Object.entries(attributes)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join(','),
  };
}
