import {
  otlpTypes,
  type ExportProfilesServiceRequest,
  type Profile,
  type Sample,
} from '@/ingest/otlp/otlp-wire';
import { i64, u64 } from '@/test/support/otlp-values';
import type { FramePool } from './profile-frame-pool';
import { makeProcess, type ProcessSpec } from './profile-processes';
import { threadSamples, threadWindow } from './profile-thread-samples';
import { StacksDictionary } from './profile-stacks-dictionary';
import { SeededRandom } from './seeded-random';

/** One encoded ExportProfilesServiceRequest and how many sample hits (timestamps) it carries. */
export interface EncodedProfilesRequest {
  body: Buffer;
  sampleHits: number;
  samples: number;
}

/** The eBPF profiler samples at 20 Hz: one hit is 50 ms of on-CPU time. */
const periodNs = 50_000_000n;
/** The profiler reports every 5 s; each request covers one such window of one host. */
const windowNs = 5_000_000_000n;
const hosts = 10;
const processesPerHost = 20;

function makeProfile(
  random: SeededRandom,
  dict: StacksDictionary,
  proc: ProcessSpec,
  windowStartNs: bigint,
): { profile: Profile; hits: number; samples: number } {
  const samples: Sample[] = [];
  for (const thread of proc.threads) {
    samples.push(
      ...threadSamples(
        random,
        dict,
        proc.kind,
        threadWindow(random, dict, proc, thread),
        windowStartNs,
      ),
    );
  }
  const hits = samples.reduce((n, s) => n + (s.timestampsUnixNano?.length ?? 0), 0);
  const profile: Profile = {
    sampleType: { typeStrindex: dict.string('samples'), unitStrindex: dict.string('count') },
    periodType: { typeStrindex: dict.string('cpu'), unitStrindex: dict.string('nanoseconds') },
    period: i64(periodNs),
    timeUnixNano: u64(windowStartNs),
    durationNano: u64(windowNs),
    samples,
  };
  return { profile, hits, samples: samples.length };
}

/**
 * `count` distinct eBPF-profiler-shaped requests: request r is host r % 10's report for one 5 s
 * window (20 processes, ~30k hits), windows ending before `nowNs`. Every request differs in time,
 * so no two store the same rows: repeating one would flatter the bytes-per-hit figure.
 */
export function generateProfileRequests(
  count: number,
  pool: FramePool,
  nowNs: bigint,
  seed = 3,
): EncodedProfilesRequest[] {
  const random = new SeededRandom(seed);
  const procs = Array.from({ length: hosts }, (_, h) =>
    Array.from({ length: processesPerHost }, (_, p) => makeProcess(random, pool, h, p)),
  );
  const windows = BigInt(Math.ceil(count / hosts));
  const out: EncodedProfilesRequest[] = [];
  for (let r = 0; r < count; r++) {
    const windowStartNs = nowNs - (windows - BigInt(Math.floor(r / hosts))) * windowNs;
    const dict = new StacksDictionary();
    let sampleHits = 0;
    let samples = 0;
    const resourceProfiles = (procs[r % hosts] ?? []).map((proc) => {
      const made = makeProfile(random, dict, proc, windowStartNs);
      sampleHits += made.hits;
      samples += made.samples;
      return {
        resource: { attributes: proc.resource },
        scopeProfiles: [
          {
            scope: { name: 'go.opentelemetry.io/ebpf-profiler', version: 'v0.0.202540' },
            profiles: [made.profile],
          },
        ],
      };
    });
    const request: ExportProfilesServiceRequest = { resourceProfiles, dictionary: dict.build() };
    const bytes = otlpTypes.profilesRequest.encode(request).finish();
    out.push({
      body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      sampleHits,
      samples,
    });
  }
  return out;
}
