import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { requireBuilt } from '../support/require-built';

const agentDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../collector-agent',
);

/** The values the Kubernetes manifests give these configs' environment variables. */
const kubernetesEnv = {
  KUBE_NODE_NAME: 'node-1',
  POD_IP: '127.0.0.1',
  OPAMP_ENDPOINT: 'ws://127.0.0.1:4320/v1/opamp',
  TRACEPROF_OTLP_ENDPOINT: '127.0.0.1:4317',
  K8S_CLUSTER_NAME: 'test',
  TRACEPROF_INGEST_TOKEN: 'token',
};

describe('the agent configs', () => {
  for (const config of ['local.yaml', 'daemonset.yaml', 'gateway.yaml']) {
    it(`are accepted by the built agent: ${config}`, (t) => {
      const binary = requireBuilt(t, 'agent');
      if (binary === undefined) return;
      const run = (gates: string[]) =>
        spawnSync(
          binary,
          ['validate', `--config=${path.join(agentDir, 'config', config)}`, ...gates],
          {
            env: { ...process.env, ...kubernetesEnv },
            encoding: 'utf8',
          },
        );
      const valid = run(['--feature-gates=+service.profilesSupport']);
      assert.equal(valid.status, 0, valid.stderr);
      // Profiles pipelines exist only behind the feature gate, which every script passes.
      const withoutGate = run([]);
      assert.notEqual(withoutGate.status, 0, 'a profiles pipeline needs service.profilesSupport');
    });
  }
});
