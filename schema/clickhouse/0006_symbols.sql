-- symbols: the function symbols of native files (executables, shared libraries, their debug
-- files), stored once per build id, to name the frames the eBPF profiler sends unsymbolized
-- (a module, its build id and an address). Applied when profiles are read, so samples stored
-- before the symbols arrived are named too.
--   BuildId: an id a frame of the file carries in profile_stacks.BuildIds: the GNU build id, the
--   Go build id or the profiler's file id (htlhash); a file's symbols are stored under each one
--   it has (lib/symbols/symbol-file-ids.ts).
--   Start, Size: the function's range as virtual addresses of the file (st_value, st_size), the
--   same space as profile_stacks.Addresses; a frame at A is in the function with the greatest
--   Start <= A, when A < Start + Size.
--   Name: the symbol as in the file (C++ names mangled; readers demangle).
--   ENGINE ReplacingMergeTree, ORDER BY (BuildId, Start): the read is "the symbols of these build
--   ids", a primary-key range each; the same file uploaded twice at once, or a binary and its
--   debug file, write some symbols twice, and merges keep one. No TTL: symbols are small next to
--   samples, and samples of any age may need them.
CREATE TABLE IF NOT EXISTS symbols
(
    BuildId LowCardinality(String),
    Start UInt64 CODEC(Delta(8), ZSTD(1)),
    Size UInt64 CODEC(T64, ZSTD(1)),
    Name String CODEC(ZSTD(1))
)
ENGINE = ReplacingMergeTree
ORDER BY (BuildId, Start)
SETTINGS index_granularity = 1024;

-- symbol_files: which files' symbols are in `symbols`, one row per build id and file, written
-- after the file's symbols, so a file that is uploaded again (same bytes) is a no-op while
-- another file of the same build id (the debug file after the stripped binary) still adds its
-- symbols.
--   FileDigest: SHA-256 of the whole file. Source: 'upload' (POST /api/symbols) or 'local' (read
--   from this host's file named by Path). Symbols: how many the file had.
--   ENGINE ReplacingMergeTree, ORDER BY (BuildId, FileDigest): lookups are by build id.
CREATE TABLE IF NOT EXISTS symbol_files
(
    BuildId LowCardinality(String),
    FileDigest String,
    Source LowCardinality(String),
    Path String,
    Symbols UInt32,
    LoadedAt DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree
ORDER BY (BuildId, FileDigest);

ALTER TABLE symbols MODIFY COMMENT 'Function symbols of native files, by build id; names frames without symbols at read time';
ALTER TABLE symbols
    COMMENT COLUMN BuildId 'GNU build id, Go build id or the profiler file id (htlhash), as in profile_stacks.BuildIds',
    COMMENT COLUMN Start 'First virtual address of the function in its file (st_value)',
    COMMENT COLUMN Size 'Bytes of the function (st_size)',
    COMMENT COLUMN Name 'Symbol name as in the file (C++ mangled)';
ALTER TABLE symbol_files MODIFY COMMENT 'Files whose symbols are loaded, one row per build id and file';
ALTER TABLE symbol_files
    COMMENT COLUMN BuildId 'Build id the symbols are stored under',
    COMMENT COLUMN FileDigest 'SHA-256 of the file, hex',
    COMMENT COLUMN Source 'upload (POST /api/symbols) or local (a file on the traceprof host)',
    COMMENT COLUMN Path 'The local file read, or empty for an upload',
    COMMENT COLUMN Symbols 'Function symbols the file had',
    COMMENT COLUMN LoadedAt 'When the symbols were stored';
