import type { Attributes, ProcessInfo } from './model';

/** A profile's resource attributes (already filled from learned context) as the process they describe. */
export function resourceToProcessInfo(attrs: Attributes): ProcessInfo {
  const executableName = attrs['process.executable.name'] ?? '';
  const pid = Number(attrs['process.pid'] ?? 0);
  return {
    // Without service.name the executable is the most useful name a process has.
    serviceName: attrs['service.name'] || executableName,
    hostName: attrs['host.name'] ?? '',
    pid: Number.isInteger(pid) && pid > 0 && pid < 2 ** 32 ? pid : 0,
    executableName,
    containerId: attrs['container.id'] ?? '',
    k8s: {
      clusterName: attrs['k8s.cluster.name'] ?? '',
      namespaceName: attrs['k8s.namespace.name'] ?? '',
      deploymentName: attrs['k8s.deployment.name'] ?? '',
      podName: attrs['k8s.pod.name'] ?? '',
      podUid: attrs['k8s.pod.uid'] ?? '',
      nodeName: attrs['k8s.node.name'] ?? '',
      containerName: attrs['k8s.container.name'] ?? '',
    },
    resourceAttributes: attrs,
  };
}
