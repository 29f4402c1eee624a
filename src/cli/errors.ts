/** The input is understood but wrong (unknown id, bad duration, malformed feed…): exit 1, nothing written. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The command line itself is wrong (unknown command or flag, missing required flag): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
