import { decodeExportProfilesRequest } from '@/ingest/otlp/decode-export-request';
import type { Attributes } from '@/ingest/normalize/model';
import { otlpProfilesToSamples } from '@/ingest/normalize/otlp-profiles-to-samples';
import {
  onCpuProfile,
  type ProfileSpec,
  type ProfilesRequestBuilder,
  type SampleSpec,
} from './profiles-request-builder';

/** A profile time and ids the normalizer tests share. */
export const t0 = 1_760_000_000_000_000_000n;
export const traceId = '5b8efff798038103d269b633813fc60c';
export const spanId = 'eee19b7ec3c1b174';

/** Unix nanoseconds as the `seconds.nanoseconds` text ingest writes. */
export const secs = (ns: bigint): string =>
  `${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`;

const noFill = (a: Attributes): Attributes => a;

/** Encodes a built request, decodes it as a server would, and normalizes it. */
export function normalize(b: ProfilesRequestBuilder, encoding: 'protobuf' | 'json' = 'protobuf') {
  const body = encoding === 'protobuf' ? b.encode() : Buffer.from(b.toJson());
  const { request, rejected } = decodeExportProfilesRequest(body, encoding);
  const out = otlpProfilesToSamples(request, noFill);
  out.rejected.absorb(rejected);
  return out;
}

/** An on-CPU profile as the eBPF profiler sends it: samples/count with a cpu/nanoseconds period. */
export function onCpu(samples: SampleSpec[]): ProfileSpec {
  return onCpuProfile(samples, t0);
}
