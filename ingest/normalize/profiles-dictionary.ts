import { lineNumber, validString } from '../rows/column-rules';
import { bytesOf, idToHex, isAllZero } from '../otlp/hex-id';
import { longToBigInt } from '../otlp/long-to-bigint';
import type { ProfilesDictionary } from '../otlp/otlp-wire';
import { anyValueToString } from './attributes';
import type { Frame } from './model';
import { ProfileError } from './profile-error';
import { frameKey, frameKeyHash, stackIdOfFrameHashes } from './stack-id';

/** A resolved stack: its id and frames, leaf first. */
export interface ResolvedStack {
  stackId: string;
  frames: Frame[];
}

/** The dictionary's tables, each present (an absent table is empty). */
interface Tables {
  mappingTable: NonNullable<ProfilesDictionary['mappingTable']>;
  locationTable: NonNullable<ProfilesDictionary['locationTable']>;
  functionTable: NonNullable<ProfilesDictionary['functionTable']>;
  linkTable: NonNullable<ProfilesDictionary['linkTable']>;
  stringTable: string[];
  attributeTable: NonNullable<ProfilesDictionary['attributeTable']>;
  stackTable: NonNullable<ProfilesDictionary['stackTable']>;
}

/**
 * Resolves indices into a request's ProfilesDictionary, checking every index and caching each
 * table entry the first time it is used. Index 0 of every table is the empty element. Throws
 * ProfileError naming the table and index when an index is out of range.
 */
export class ProfilesDictionaryResolver {
  private readonly dict: Tables;
  private readonly locations = new Map<number, { frames: Frame[]; hashes: [number, number][] }>();
  private readonly stacks = new Map<number, ResolvedStack>();
  private readonly attributes = new Map<number, [string, string]>();

  constructor(dictionary: ProfilesDictionary | null | undefined) {
    const strings = dictionary?.stringTable ?? [];
    this.dict = {
      mappingTable: dictionary?.mappingTable ?? [],
      locationTable: dictionary?.locationTable ?? [],
      functionTable: dictionary?.functionTable ?? [],
      linkTable: dictionary?.linkTable ?? [],
      // Every name in a profile comes from the string table: make it valid Unicode once.
      stringTable: strings.every((s) => s.isWellFormed()) ? strings : strings.map(validString),
      attributeTable: dictionary?.attributeTable ?? [],
      stackTable: dictionary?.stackTable ?? [],
    };
  }

  /** The string table, for attributes that use key_strindex / string_value_strindex. */
  get strings(): readonly string[] {
    return this.dict.stringTable;
  }

  string(index: number, what: string): string {
    if (index === 0) return '';
    const s = this.dict.stringTable[index];
    if (s === undefined)
      throw outOfRange('string_table', index, this.dict.stringTable.length, what);
    return s;
  }

  /** A sample or profile attribute as [key, value]. */
  attribute(index: number): [string, string] {
    let kv = this.attributes.get(index);
    if (!kv) {
      const entry = this.dict.attributeTable[index];
      if (entry === undefined) {
        throw outOfRange('attribute_table', index, this.dict.attributeTable.length, 'attribute');
      }
      kv = [
        this.string(entry.keyStrindex ?? 0, 'attribute key'),
        anyValueToString(entry.value, this.dict.stringTable),
      ];
      this.attributes.set(index, kv);
    }
    return kv;
  }

  attributeRecord(indices: readonly number[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const i of indices) {
      if (i === 0) continue;
      const [k, v] = this.attribute(i);
      if (k !== '') out[k] = v;
    }
    return out;
  }

  /** The link's hex ids, or undefined for index 0 / an all-zero link ("no link"). */
  link(index: number): { traceId: string; spanId: string } | undefined {
    if (index === 0) return undefined;
    const link = this.dict.linkTable[index];
    if (link === undefined)
      throw outOfRange('link_table', index, this.dict.linkTable.length, 'link');
    const traceId = bytesOf(link.traceId);
    const spanId = bytesOf(link.spanId);
    if (isAllZero(traceId) && isAllZero(spanId)) return undefined;
    if (traceId.length !== 16 || spanId.length !== 8) {
      throw new ProfileError(
        `link_table[${index}] must have a 16-byte trace_id and an 8-byte span_id, got ${traceId.length} and ${spanId.length} bytes`,
      );
    }
    return { traceId: idToHex(traceId), spanId: idToHex(spanId) };
  }

  stack(index: number): ResolvedStack {
    let stack = this.stacks.get(index);
    if (!stack) {
      const entry = index === 0 ? { locationIndices: [] } : this.dict.stackTable[index];
      if (entry === undefined)
        throw outOfRange('stack_table', index, this.dict.stackTable.length, 'stack');
      const frames: Frame[] = [];
      const hashes: [number, number][] = [];
      for (const li of entry.locationIndices ?? []) {
        const location = this.location(li);
        frames.push(...location.frames);
        hashes.push(...location.hashes);
      }
      stack = { stackId: stackIdOfFrameHashes(hashes), frames };
      this.stacks.set(index, stack);
    }
    return stack;
  }

  /** A location expanded into frames: one per Line, inlined callees first, caller last. */
  private location(index: number): { frames: Frame[]; hashes: [number, number][] } {
    let resolved = this.locations.get(index);
    if (resolved) return resolved;
    const loc = this.dict.locationTable[index];
    if (loc === undefined || index === 0) {
      throw outOfRange('location_table', index, this.dict.locationTable.length, 'stack location');
    }
    const { module, buildId } = this.mapping(loc.mappingIndex ?? 0);
    const attrs = this.attributeRecord(loc.attributeIndices ?? []);
    const frameType = attrs['profile.frame.type'] ?? '';
    const address = longToBigInt(loc.address);
    const base = { module, buildId, frameType, address };
    const lines = loc.lines ?? [];
    const frames: Frame[] =
      lines.length === 0
        ? [{ ...base, functionName: '', systemName: '', fileName: '', line: 0 }]
        : lines.map((line) => {
            const functionIndex = line.functionIndex ?? 0;
            const fn = this.dict.functionTable[functionIndex];
            if (fn === undefined) {
              throw outOfRange(
                'function_table',
                functionIndex,
                this.dict.functionTable.length,
                'line',
              );
            }
            return {
              ...base,
              functionName: this.string(fn.nameStrindex ?? 0, 'function name'),
              systemName: this.string(fn.systemNameStrindex ?? 0, 'function system name'),
              fileName: this.string(fn.filenameStrindex ?? 0, 'function file name'),
              line: lineNumber(longToBigInt(line.line)),
            };
          });
    resolved = { frames, hashes: frames.map((f) => frameKeyHash(frameKey(f))) };
    this.locations.set(index, resolved);
    return resolved;
  }

  private mapping(index: number): { module: string; buildId: string } {
    if (index === 0) return { module: '', buildId: '' };
    const m = this.dict.mappingTable[index];
    if (m === undefined)
      throw outOfRange('mapping_table', index, this.dict.mappingTable.length, 'location');
    const attrs = this.attributeRecord(m.attributeIndices ?? []);
    return {
      module: this.string(m.filenameStrindex ?? 0, 'mapping file name'),
      buildId:
        attrs['process.executable.build_id.gnu'] ??
        attrs['process.executable.build_id.go'] ??
        attrs['process.executable.build_id.htlhash'] ??
        '',
    };
  }
}

function outOfRange(table: string, index: number, length: number, what: string): ProfileError {
  return new ProfileError(
    `${what} refers to ${table}[${index}], but the table has ${length} entries`,
  );
}
