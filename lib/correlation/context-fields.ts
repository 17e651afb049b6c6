/**
 * The context a span view shows for the process that ran a span, most specific first. Pure data,
 * so the server that resolves the values and the panel that lays them out share one list.
 */
export interface ContextFieldSpec {
  key: string;
  label: string;
  /**
   * kubernetes: a placement row, shown even when unknown so a gap is visible; process: shown when
   * known; detail: completes another row (an image's tag) or is shown elsewhere (the service).
   */
  group: 'kubernetes' | 'process' | 'detail';
}

export const contextFields: readonly ContextFieldSpec[] = [
  { key: 'k8s.cluster.name', label: 'Cluster', group: 'kubernetes' },
  { key: 'k8s.namespace.name', label: 'Namespace', group: 'kubernetes' },
  { key: 'k8s.deployment.name', label: 'Deployment', group: 'kubernetes' },
  { key: 'k8s.pod.name', label: 'Pod', group: 'kubernetes' },
  { key: 'k8s.node.name', label: 'Node', group: 'kubernetes' },
  { key: 'k8s.container.name', label: 'Container', group: 'kubernetes' },
  { key: 'container.id', label: 'Container id', group: 'kubernetes' },
  { key: 'container.image.name', label: 'Image', group: 'kubernetes' },
  { key: 'container.image.tag', label: 'Image tag', group: 'detail' },
  { key: 'host.name', label: 'Host', group: 'process' },
  { key: 'process.pid', label: 'PID', group: 'process' },
  { key: 'process.executable.name', label: 'Executable', group: 'process' },
  { key: 'service.name', label: 'Service', group: 'detail' },
];
