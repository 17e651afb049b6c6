import catalogue from './engine-functions.json';

/**
 * Which functions the SQL console may call: every function of the engine's own catalogue
 * (`system.functions` of the engine version in engine-functions.json, reviewed against the list
 * below), less the families below, each left out for the reason it gives. A function the
 * catalogue does not hold (one a newer engine added) is refused until someone reviews it and
 * refreshes engine-functions.json; test/lib/sql-console/function-policy.test.ts fails when the
 * running engine's catalogue differs from it.
 */

/** A left-out family: whole catalogue categories and single names, with the reason. */
interface RefusedFamily {
  reason: string;
  categories?: string[];
  names?: string[];
}

export const refusedFamilies: RefusedFamily[] = [
  {
    reason: 'reads files on the server',
    names: ['file', 'filesystemAvailable', 'filesystemCapacity', 'filesystemUnreserved'],
  },
  {
    reason:
      'reads a dictionary, whose source can be a file, a URL, another database or a program, or geo data files named in the server configuration',
    categories: ['Dictionary', 'Embedded Dictionary'],
  },
  {
    reason: 'calls a remote model or service over the network',
    categories: ['AI'],
  },
  {
    reason: 'loads model files named in the server configuration',
    names: [
      'catboostEvaluate',
      'naiveBayesClassifier',
      'naiveBayesClassifierWithAllProbs',
      'naiveBayesClassifierWithProb',
    ],
  },
  {
    reason: 'connects to another server or reads tables it names in a string',
    names: ['hasColumnInTable', 'joinGet', 'joinGetOrNull'],
  },
  {
    reason: "reads the server's settings, configuration, macros or certificate",
    names: [
      'getSetting',
      'getSettingOrDefault',
      'getServerSetting',
      'getMergeTreeSetting',
      'getMacro',
      'showCertificate',
      'getClientHTTPHeader',
    ],
  },
  {
    reason: 'describes the machine and process the server runs on',
    names: ['hostName', 'FQDN', 'getOSKernelVersion', 'getServerPort', 'tcpPort'],
  },
  {
    reason: "reads the server's own memory, binary or debug symbols, or writes its log",
    categories: ['Introspection'],
  },
  {
    reason: 'internal to the engine, not meant to be called by users',
    names: [
      '__actionName',
      '__applyFilter',
      '__bitBoolMaskAnd',
      '__bitBoolMaskOr',
      '__bitSwapLastTwo',
      '__bitWrapperFunc',
      '__getScalar',
      '__patchPartitionID',
      '__scalarSubqueryResult',
      '__toYearCalendarOnly',
    ],
  },
  {
    reason:
      'formats rows with output formats, some of which read schema or template files named in settings',
    names: ['formatRow', 'formatRowNoNewline'],
  },
  {
    reason: 'holds the console, which runs one query at a time, without doing any work',
    names: ['sleep', 'sleepEachRow'],
  },
];

/**
 * Functions the parser itself writes into a query's tree for syntax (a lambda `x -> …`, `EXISTS
 * (subquery)`), which the catalogue does not list; their arguments are checked like any others.
 */
const syntaxFunctions = new Set(['lambda', 'exists']);

interface CatalogueEntry {
  aggregate: boolean;
  caseInsensitive: boolean;
  aliasTo: string;
  categories: string;
}

const entries = new Map<string, CatalogueEntry>();
const caseInsensitive = new Map<string, string>();
for (const [name, flags, aliasTo, categories] of catalogue.functions) {
  if (name === undefined) continue;
  const entry = {
    aggregate: flags?.includes('a') ?? false,
    caseInsensitive: flags?.includes('i') ?? false,
    aliasTo: aliasTo ?? '',
    categories: categories ?? '',
  };
  entries.set(name, entry);
  if (entry.caseInsensitive) caseInsensitive.set(name.toLowerCase(), name);
}

/** Aggregate function combinators (`system.aggregate_function_combinators`): `sumIf`, `uniqState`. */
const combinators = [
  'SimpleState',
  'OrDefault',
  'Distinct',
  'Resample',
  'ForEach',
  'ArgMax',
  'ArgMin',
  'OrNull',
  'Tuple',
  'Merge',
  'State',
  'Array',
  'Null',
  'Map',
  'If',
];

function lookup(name: string): [string, CatalogueEntry] | undefined {
  const exact = entries.get(name);
  if (exact) return [name, exact];
  const folded = caseInsensitive.get(name.toLowerCase());
  const entry = folded === undefined ? undefined : entries.get(folded);
  return folded !== undefined && entry ? [folded, entry] : undefined;
}

function refusal(name: string, entry: CatalogueEntry): string | undefined {
  const target = entry.aliasTo !== '' ? lookup(entry.aliasTo) : undefined;
  const [canonical, resolved] = target ?? [name, entry];
  const categories = resolved.categories.split(',').map((c) => c.trim());
  for (const family of refusedFamilies) {
    if (
      family.names?.includes(canonical) ||
      family.categories?.some((c) => categories.includes(c))
    ) {
      return family.reason;
    }
  }
  return undefined;
}

/**
 * Why the console refuses to call `name`, or undefined when it may. Aggregate combinators are
 * peeled off the end (`quantilesArrayIf` is `quantiles` with `Array` and `If`).
 */
export function functionRefusal(name: string): string | undefined {
  if (syntaxFunctions.has(name)) return undefined;
  let base = name;
  for (;;) {
    const found = lookup(base);
    if (found) {
      if (base !== name && !found[1].aggregate) break; // combinators apply to aggregates only
      return refusal(found[0], found[1]);
    }
    const suffix = combinators.find((c) => base.endsWith(c) && base.length > c.length);
    if (suffix === undefined) break;
    base = base.slice(0, -suffix.length);
  }
  return `is not in the function catalogue reviewed for the console (engine ${catalogue.engineVersion})`;
}

/** The engine version whose catalogue was reviewed. */
export const reviewedEngineVersion = catalogue.engineVersion;

/** Every function name in the reviewed catalogue. */
export function reviewedFunctionNames(): string[] {
  return [...entries.keys()];
}
