/** A profile that cannot be stored as sent (bad dictionary index, mismatched arrays, bad link id). */
export class ProfileError extends Error {}
