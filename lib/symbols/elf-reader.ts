/**
 * Reads what symbolization needs from an ELF64 little-endian file (an executable, a shared
 * library, or a debug file from `objcopy --only-keep-debug`): the function symbols of `.symtab`
 * and `.dynsym` with their string tables, and the build ids of its notes (`.note.gnu.build-id`,
 * Go's `.note.go.buildid`). Every offset and size is checked against the file, so malformed or
 * truncated input ends in an ElfError that says what was wrong, never in a crash or a read past
 * the end.
 */

/** The file is not an ELF file we can read; the message says why. */
export class ElfError extends Error {}

/** A function symbol: its virtual address range as in the symbol table, and its name. */
export interface ElfFunction {
  /** st_value: the file's own virtual address, as the eBPF profiler reports frames. */
  start: bigint;
  size: bigint;
  name: string;
}

export interface ElfSymbols {
  /** Hex of the NT_GNU_BUILD_ID note, or '' when the file has none. */
  gnuBuildId: string;
  /** The Go build id note's text, or '' when the file has none. */
  goBuildId: string;
  /**
   * True for a debug file: its code was left out (`.text` is SHT_NOBITS), so it is never the
   * file a process maps and the profiler never hashes it.
   */
  debugOnly: boolean;
  /** FUNC symbols of nonzero size, sorted by start; one per start address. */
  functions: ElfFunction[];
}

const SHT_SYMTAB = 2;
const SHT_NOTE = 7;
const SHT_NOBITS = 8;
const SHT_DYNSYM = 11;
const SHF_COMPRESSED = 0x800;
const STT_FUNC = 2;
const STB_GLOBAL = 1;
const STB_WEAK = 2;
const SHN_UNDEF = 0;
const SHN_XINDEX = 0xffff;
const NT_GNU_BUILD_ID = 3;
const NT_GO_BUILD_ID = 4;
const ELF_HEADER_SIZE = 64;
const SECTION_HEADER_SIZE = 64;
const SYMBOL_SIZE = 24;

interface Section {
  name: string;
  type: number;
  flags: bigint;
  offset: number;
  size: number;
  link: number;
}

/** Parses an ELF file's build ids and function symbols; throws ElfError on anything malformed. */
export function readElfSymbols(bytes: Uint8Array): ElfSymbols {
  const file = new Reader(bytes);
  if (bytes.length < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c) {
    throw new ElfError('not an ELF file: it does not start with \\x7fELF');
  }
  if (bytes[3] !== 0x46) throw new ElfError('not an ELF file: it does not start with \\x7fELF');
  if (bytes.length < ELF_HEADER_SIZE) {
    throw new ElfError(`truncated: ${bytes.length} bytes is shorter than the 64-byte ELF header`);
  }
  if (bytes[4] !== 2)
    throw new ElfError('unsupported ELF: only 64-bit (ELFCLASS64) files are read');
  if (bytes[5] !== 1) {
    throw new ElfError('unsupported ELF: only little-endian (ELFDATA2LSB) files are read');
  }
  const sections = readSections(file);
  const notes = sections.filter((s) => s.type === SHT_NOTE);
  const text = sections.find((s) => s.name === '.text');
  return {
    gnuBuildId: findNote(file, notes, 'GNU', NT_GNU_BUILD_ID, 'hex'),
    goBuildId: findNote(file, notes, 'Go', NT_GO_BUILD_ID, 'text'),
    debugOnly: text?.type === SHT_NOBITS,
    functions: readFunctions(file, sections),
  };
}

function readSections(file: Reader): Section[] {
  const shoff = file.offset(file.u64(0x28), 'section header table offset');
  const shentsize = file.u16(0x3a);
  let count = file.u16(0x3c);
  let strndx = file.u16(0x3e);
  if (shoff === 0) throw new ElfError('no section headers: the file has no symbol tables to read');
  if (shentsize !== SECTION_HEADER_SIZE) {
    throw new ElfError(`malformed: section header size is ${shentsize}, not 64`);
  }
  // With 0xff00 or more sections, the real count and string table index sit in section 0.
  file.need(shoff, SECTION_HEADER_SIZE, 'section header table');
  if (count === 0) count = file.offset(file.u64(shoff + 32), 'section count');
  if (strndx === SHN_XINDEX) strndx = file.u32(shoff + 40);
  file.need(shoff, count * SECTION_HEADER_SIZE, `section header table (${count} sections)`);
  const raw = Array.from({ length: count }, (_, i) => {
    const at = shoff + i * SECTION_HEADER_SIZE;
    return {
      nameOffset: file.u32(at),
      type: file.u32(at + 4),
      flags: file.u64(at + 8),
      offset: file.offset(file.u64(at + 24), `section ${i} offset`),
      size: file.offset(file.u64(at + 32), `section ${i} size`),
      link: file.u32(at + 40),
    };
  });
  const names = raw[strndx];
  if (names === undefined) {
    throw new ElfError(`malformed: section name table index ${strndx} is not one of ${count}`);
  }
  file.need(names.offset, names.size, 'section name table');
  return raw.map((s, i) => {
    if (s.type !== SHT_NOBITS) file.need(s.offset, s.size, `section ${i}`);
    return {
      name: file.string(names.offset, names.size, s.nameOffset, 'section name'),
      type: s.type,
      flags: s.flags,
      offset: s.offset,
      size: s.size,
      link: s.link,
    };
  });
}

/** The functions of .symtab and .dynsym; where several share a start, a global name wins. */
function readFunctions(file: Reader, sections: readonly Section[]): ElfFunction[] {
  const byStart = new Map<bigint, { fn: ElfFunction; rank: number }>();
  for (const table of sections) {
    if (table.type !== SHT_SYMTAB && table.type !== SHT_DYNSYM) continue;
    if ((table.flags & BigInt(SHF_COMPRESSED)) !== 0n) continue;
    const strings = sections[table.link];
    if (strings === undefined || strings.type === SHT_NOBITS) {
      throw new ElfError(
        `malformed: ${table.name} names string table ${table.link}, which is absent`,
      );
    }
    if (table.size % SYMBOL_SIZE !== 0) {
      throw new ElfError(`malformed: ${table.name} is ${table.size} bytes, not a multiple of 24`);
    }
    for (let at = table.offset; at < table.offset + table.size; at += SYMBOL_SIZE) {
      const info = file.u8(at + 4);
      const shndx = file.u16(at + 6);
      const size = file.u64(at + 16);
      if ((info & 0xf) !== STT_FUNC || size === 0n || shndx === SHN_UNDEF) continue;
      const name = file.string(strings.offset, strings.size, file.u32(at), `${table.name} name`);
      if (name === '') continue;
      const bind = info >> 4;
      const rank = bind === STB_GLOBAL ? 2 : bind === STB_WEAK ? 1 : 0;
      const start = file.u64(at + 8);
      const seen = byStart.get(start);
      if (!seen || rank > seen.rank || (rank === seen.rank && name < seen.fn.name)) {
        byStart.set(start, { fn: { start, size, name }, rank });
      }
    }
  }
  return [...byStart.values()]
    .map((v) => v.fn)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The descriptor of the first note of this owner and type, as hex or text; '' when absent. */
function findNote(
  file: Reader,
  notes: readonly Section[],
  owner: string,
  type: number,
  as: 'hex' | 'text',
): string {
  for (const section of notes) {
    const end = section.offset + section.size;
    let at = section.offset;
    while (at + 12 <= end) {
      const namesz = file.u32(at);
      const descsz = file.u32(at + 4);
      const noteType = file.u32(at + 8);
      const nameAt = at + 12;
      const descAt = nameAt + align4(namesz);
      const next = descAt + align4(descsz);
      if (next > end) throw new ElfError(`malformed: a note in ${section.name} runs past its end`);
      const name = file.chars(nameAt, namesz, 'latin1').replace(/\0+$/, '');
      if (name === owner && noteType === type) {
        const desc = file.chars(descAt, descsz, as === 'hex' ? 'hex' : 'utf8');
        return as === 'hex' ? desc : desc.replace(/\0+$/, '');
      }
      at = next;
    }
  }
  return '';
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Bounds-checked little-endian reads; a read outside the file is an ElfError naming the part. */
class Reader {
  private readonly view: DataView;
  private readonly text: Buffer;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.text = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }

  need(offset: number, length: number, what: string): void {
    if (offset < 0 || length < 0 || offset + length > this.data.length) {
      throw new ElfError(
        `truncated: the ${what} (${length} bytes at offset ${offset}) extends past the end of the ${this.data.length}-byte file`,
      );
    }
  }

  u8(at: number): number {
    this.need(at, 1, 'field');
    return this.view.getUint8(at);
  }

  u16(at: number): number {
    this.need(at, 2, 'field');
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    this.need(at, 4, 'field');
    return this.view.getUint32(at, true);
  }

  u64(at: number): bigint {
    this.need(at, 8, 'field');
    return this.view.getBigUint64(at, true);
  }

  /** A 64-bit offset or size as a number, refused when it cannot lie inside any file we read. */
  offset(value: bigint, what: string): number {
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ElfError(`malformed: ${what} is ${value}`);
    return Number(value);
  }

  /** Bytes [at, at+length) as text: latin1 for note owners, utf8 for descriptors. */
  chars(at: number, length: number, encoding: 'latin1' | 'utf8' | 'hex'): string {
    this.need(at, length, 'note');
    return this.text.toString(encoding, at, at + length);
  }

  /** The NUL-terminated string at `index` of the string table at [tableAt, tableAt+tableSize). */
  string(tableAt: number, tableSize: number, index: number, what: string): string {
    if (index >= tableSize) {
      throw new ElfError(
        `malformed: a ${what} starts at ${index}, past its ${tableSize}-byte string table`,
      );
    }
    const end = this.data.indexOf(0, tableAt + index);
    if (end === -1 || end >= tableAt + tableSize) {
      throw new ElfError(`malformed: a ${what} is not NUL-terminated inside its string table`);
    }
    return this.text.toString('utf8', tableAt + index, end);
  }
}
