import { RowBinaryTable, type ColumnType } from './row-binary-table';
import { profileSamplesIngestColumns } from './sample-groups-to-ingest-rows';

/**
 * profile_samples_ingest's columns as schema/clickhouse/0002_profiles.sql declares them, in the
 * order sampleGroupsToIngestRows fills them. checkColumnTypes compares this list with the store's
 * system.columns at start-up.
 */
const types: Record<(typeof profileSamplesIngestColumns)[number], string> = {
  SampleType: 'LowCardinality(String)',
  SampleUnit: 'LowCardinality(String)',
  Period: 'Int64',
  ServiceName: 'LowCardinality(String)',
  HostName: 'LowCardinality(String)',
  ProcessPid: 'UInt32',
  ProcessExecutableName: 'LowCardinality(String)',
  ContainerId: 'LowCardinality(String)',
  K8sClusterName: 'LowCardinality(String)',
  K8sNamespaceName: 'LowCardinality(String)',
  K8sDeploymentName: 'LowCardinality(String)',
  K8sPodName: 'LowCardinality(String)',
  K8sPodUid: 'LowCardinality(String)',
  K8sNodeName: 'LowCardinality(String)',
  K8sContainerName: 'LowCardinality(String)',
  ResourceAttributes: 'Map(LowCardinality(String), LowCardinality(String))',
  TraceIds: 'Array(String)',
  SpanIds: 'Array(String)',
  SpanSources: 'Array(LowCardinality(String))',
  StackIds: 'Array(UInt64)',
  ThreadIds: 'Array(UInt32)',
  ThreadNames: 'Array(LowCardinality(String))',
  SampleAttributes: 'Array(Map(LowCardinality(String), String))',
  Timestamps: 'Array(Array(DateTime64(9)))',
  Values: 'Array(Array(Int64))',
};

export const profileSamplesIngestTypes: readonly ColumnType[] = profileSamplesIngestColumns.map(
  (name) => ({ name, type: types[name] }),
);

/** Rows of sampleGroupsToIngestRows as RowBinary for profile_samples_ingest. */
export const profileSamplesIngestBinary = new RowBinaryTable(
  'profile_samples_ingest',
  profileSamplesIngestTypes,
);
