import { profileLinkAndStringCases } from './bad-profile-strings';
import { profileTimeAndWeightCases } from './bad-profile-values';
import { spanIdCases } from './bad-span-ids';
import { spanStringCases } from './bad-span-strings';
import { spanTimeCases } from './bad-span-times';
import type { ProfileCase, TraceCase } from './bad-values';

/** Every case of the bad-value corpus, by signal. */
export const traceCases: readonly TraceCase[] = [
  ...spanTimeCases,
  ...spanIdCases,
  ...spanStringCases,
];
export const profileCases: readonly ProfileCase[] = [
  ...profileTimeAndWeightCases,
  ...profileLinkAndStringCases,
];
export type { ProfileCase, TraceCase };
