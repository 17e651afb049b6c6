import {
  otlpTypes,
  type ExportProfilesServiceRequest,
  type Profile,
  type ResourceProfiles,
} from '@/ingest/otlp/otlp-wire';
import { i64, idBytes, keyValues, otlpJson, u64 } from './otlp-values';
import { ProfilesDictionaryBuilder } from './profiles-dictionary-builder';

export type { LocationSpec } from './profiles-dictionary-builder';

export interface SampleSpec {
  stack: number;
  attributes?: number[];
  link?: number;
  values?: (number | bigint)[];
  timestampsNs?: bigint[];
}

export interface ProfileSpec {
  sampleType: [string, string];
  periodType?: [string, string];
  period?: number;
  timeNs?: bigint;
  samples: SampleSpec[];
}

/** An on-CPU profile as the eBPF profiler sends it: samples/count with a cpu/nanoseconds period of 50 ms. */
export function onCpuProfile(samples: SampleSpec[], timeNs: bigint): ProfileSpec {
  return {
    sampleType: ['samples', 'count'],
    periodType: ['cpu', 'nanoseconds'],
    period: 50_000_000,
    timeNs,
    samples,
  };
}

/**
 * Builds an ExportProfilesServiceRequest the way an eBPF profiler would: one dictionary whose
 * tables start with the empty element, interned strings, and resources that index into it.
 */
export class ProfilesRequestBuilder extends ProfilesDictionaryBuilder {
  private readonly resourceProfiles: ResourceProfiles[] = [];
  private request: ExportProfilesServiceRequest | undefined;

  /** A link_table entry for a span, by its hex ids. */
  spanLink(traceIdHex: string, spanIdHex: string): number {
    return this.link(idBytes(traceIdHex), idBytes(spanIdHex));
  }

  resource(attributes: Record<string, string | number>, profiles: ProfileSpec[]): this {
    this.resourceProfiles.push({
      resource: { attributes: keyValues(attributes) },
      scopeProfiles: [
        { scope: { name: 'test-profiler' }, profiles: profiles.map((p) => this.profile(p)) },
      ],
    });
    return this;
  }

  private profile(p: ProfileSpec): Profile {
    return {
      sampleType: {
        typeStrindex: this.string(p.sampleType[0]),
        unitStrindex: this.string(p.sampleType[1]),
      },
      periodType: p.periodType
        ? { typeStrindex: this.string(p.periodType[0]), unitStrindex: this.string(p.periodType[1]) }
        : null,
      period: i64(p.period ?? 0),
      timeUnixNano: u64(p.timeNs ?? 0n),
      samples: p.samples.map((s) => ({
        stackIndex: s.stack,
        attributeIndices: s.attributes ?? [],
        linkIndex: s.link ?? 0,
        values: (s.values ?? []).map(i64),
        timestampsUnixNano: (s.timestampsNs ?? []).map(u64),
      })),
    };
  }

  /**
   * The request. Built once: later calls return the same object, so a test may edit it before it
   * encodes it.
   */
  toObject(): ExportProfilesServiceRequest {
    this.request ??= { resourceProfiles: this.resourceProfiles, dictionary: this.build() };
    return this.request;
  }

  /** Binary protobuf, as gRPC and application/x-protobuf carry it. */
  encode(): Uint8Array {
    return otlpTypes.profilesRequest.encode(this.toObject()).finish();
  }

  /** OTLP/JSON: ids in hex, 64-bit integers as strings. */
  toJson(): string {
    return otlpJson(this.toObject());
  }
}
