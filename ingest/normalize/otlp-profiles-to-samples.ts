import { asLong, int64ToNumber, longToBigInt, nanosToDecimalSeconds } from '../otlp/long-to-bigint';
import type { ExportProfilesServiceRequest, Int64, Profile } from '../otlp/otlp-wire';
import { Rejections } from '../otlp/rejections';
import {
  int64Problem,
  storeTimeWindow,
  windowProblem,
  type TimeWindow,
} from '../rows/column-rules';
import { keyValuesToAttributes } from './attributes';
import type { Attributes, ProcessInfo, SampleGroup, StackRecord } from './model';
import { ProfileError } from './profile-error';
import { ProfilesDictionaryResolver, type ResolvedStack } from './profiles-dictionary';
import { resourceToProcessInfo } from './resource-to-process-info';
import { sampleSpanIds } from './sample-span-ids';

export interface NormalizedProfiles {
  groups: SampleGroup[];
  /** Distinct stacks used by the stored samples. */
  stacks: StackRecord[];
  rejected: Rejections;
}

/**
 * OTLP profiles to sample groups and stacks. `fillResource` adds what was learned about a process
 * or container from other signals. A profile with a bad index, link or value array, a weight its
 * column cannot hold or a time outside `window` (retention) is dropped whole and counted; the
 * rest of the request is kept.
 */
export function otlpProfilesToSamples(
  request: ExportProfilesServiceRequest,
  fillResource: (attrs: Attributes) => Attributes,
  window: TimeWindow = storeTimeWindow,
): NormalizedProfiles {
  const times = { min: Number(window.minNs), max: Number(window.maxNs), window };
  const dict = new ProfilesDictionaryResolver(request.dictionary);
  const out: NormalizedProfiles = { groups: [], stacks: [], rejected: new Rejections() };
  const stacks = new Map<string, StackRecord>();
  (request.resourceProfiles ?? []).forEach((rp, ri) => {
    const sent = keyValuesToAttributes(rp.resource?.attributes ?? [], dict.strings);
    const process = resourceToProcessInfo(fillResource(sent));
    (rp.scopeProfiles ?? []).forEach((sp, si) => {
      (sp.profiles ?? []).forEach((profile, pi) => {
        try {
          const groups = profileToGroups(profile, process, dict, stacks, times);
          for (const g of groups) out.groups.push(g);
        } catch (e) {
          if (!(e instanceof ProfileError)) throw e;
          out.rejected.reject(
            `resource_profiles[${ri}].scope_profiles[${si}].profiles[${pi}]: ${e.message}`,
          );
        }
      });
    });
  });
  out.stacks = [...stacks.values()];
  return out;
}

function profileToGroups(
  profile: Profile,
  process: ProcessInfo,
  dict: ProfilesDictionaryResolver,
  stacks: Map<string, StackRecord>,
  times: HitTimes,
): SampleGroup[] {
  const typeName = dict.string(profile.sampleType?.typeStrindex ?? 0, 'sample type');
  const typeUnit = dict.string(profile.sampleType?.unitStrindex ?? 0, 'sample unit');
  const periodName = dict.string(profile.periodType?.typeStrindex ?? 0, 'period type');
  const periodUnit = dict.string(profile.periodType?.unitStrindex ?? 0, 'period unit');
  const period = Number(longToBigInt(profile.period));
  checkWeight(period, 'period');
  // A count of on-CPU hits is worth count x period of CPU time (the eBPF profiler's samples/count
  // with period type cpu/nanoseconds); store that, so weights of all profiles are durations.
  const countsTime = typeUnit === 'count' && periodUnit === 'nanoseconds' && period > 0;
  const sampleType = countsTime ? periodName || typeName : typeName;
  const sampleUnit = countsTime ? 'nanoseconds' : typeUnit;
  const multiplier = countsTime ? period : 1;
  const profileAttrs = dict.attributeRecord(profile.attributeIndices ?? []);
  const profileTime = nanosToDecimalSeconds(profile.timeUnixNano);

  const groups: SampleGroup[] = [];
  // Resolve everything first: a bad sample rejects its profile before any of it is kept.
  const newStacks: StackRecord[] = [];
  (profile.samples ?? []).forEach((sample, i) => {
    let stack: ResolvedStack;
    let attrs: Attributes;
    let link: { traceId: string; spanId: string } | undefined;
    try {
      stack = dict.stack(sample.stackIndex ?? 0);
      attrs = { ...profileAttrs, ...dict.attributeRecord(sample.attributeIndices ?? []) };
      link = dict.link(sample.linkIndex ?? 0);
    } catch (e) {
      if (e instanceof ProfileError) throw new ProfileError(`samples[${i}]: ${e.message}`);
      throw e;
    }
    const ids = sampleSpanIds(link, attrs);
    const sampleTimes = sample.timestampsUnixNano ?? [];
    const sampleValues = sample.values ?? [];
    const nTs = sampleTimes.length;
    const nValues = sampleValues.length;
    if (nTs > 0 && nValues > 0 && nTs !== nValues) {
      throw new ProfileError(`samples[${i}] has ${nValues} values but ${nTs} timestamps`);
    }
    let timestamps: string[];
    let values: number[];
    const where = `samples[${i}]`;
    for (const t of nTs > 0 ? sampleTimes : [profile.timeUnixNano]) {
      checkTime(t, times, nTs > 0 ? `${where}.timestamps_unix_nano` : 'time_unix_nano');
    }
    if (nTs > 0) {
      timestamps = sampleTimes.map(nanosToDecimalSeconds);
      values =
        nValues > 0
          ? sampleValues.map((v) => int64ToNumber(v) * multiplier)
          : timestamps.map(() => multiplier);
    } else if (nValues > 0) {
      timestamps = [profileTime];
      values = [sampleValues.reduce<number>((sum, v) => sum + int64ToNumber(v), 0) * multiplier];
    } else {
      return; // neither a hit nor a value: nothing happened
    }
    for (const v of values) checkWeight(v, `${where}.values (times the period)`);
    if (!stacks.has(stack.stackId)) newStacks.push(stack);
    const threadId = Number(attrs['thread.id'] ?? 0);
    const threadName = attrs['thread.name'] ?? '';
    groups.push({
      timestamps,
      values,
      traceId: ids.traceId,
      spanId: ids.spanId,
      spanSource: ids.spanSource,
      stackId: stack.stackId,
      sampleType,
      sampleUnit,
      period,
      process,
      threadId: Number.isInteger(threadId) && threadId > 0 && threadId < 2 ** 32 ? threadId : 0,
      threadName,
      sampleAttributes: withoutPromoted(attrs, ids.fromKeys),
    });
  });
  for (const s of newStacks) stacks.set(s.stackId, s);
  return groups;
}

function checkWeight(value: number, field: string): void {
  const problem = int64Problem(value, field);
  if (problem) throw new ProfileError(problem);
}

/** The time window, and its ends as doubles of nanoseconds for the fast test of every hit. */
interface HitTimes {
  min: number;
  max: number;
  window: TimeWindow;
}

/**
 * A hit's time against the window, as a double of nanoseconds: exact to 256 ns at today's times,
 * plenty for a window of days, and no BigInt for each of the many timestamps of a request. Only a
 * time outside it is looked at exactly, for the rule's own message.
 */
function checkTime(field64: Int64, times: HitTimes, field: string): void {
  const value = asLong(field64);
  const ns = (value.high >>> 0) * 4294967296 + (value.low >>> 0);
  if (ns >= times.min && ns <= times.max) return;
  const problem = windowProblem(longToBigInt(value), field, times.window);
  if (problem) throw new ProfileError(problem);
}

/** Sample attributes minus those that have columns of their own (thread, span ids). */
function withoutPromoted(attrs: Attributes, spanKeys: readonly string[]): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (k !== 'thread.id' && k !== 'thread.name' && !spanKeys.includes(k)) out[k] = v;
  }
  return out;
}
