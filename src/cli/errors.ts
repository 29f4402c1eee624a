/** What each exit code means; `status-banner --help` prints this table, so it cannot drift from the code. */
export const EXIT_CODES = {
  done: 0,
  invalidInput: 1,
  usage: 2,
  notPublished: 3,
  lockTimeout: 4,
} as const;

export const EXIT_CODE_HELP = `Exit codes: ${EXIT_CODES.done} done, ${EXIT_CODES.invalidInput} invalid input (nothing written), ${EXIT_CODES.usage} usage error,
  ${EXIT_CODES.notPublished} written locally, not published (the publish command failed),
  ${EXIT_CODES.lockTimeout} another command held the feed too long (nothing written; run it again).`;

/** An error the CLI reports in one line and maps to its own exit code. */
export abstract class CliError extends Error {
  abstract readonly exitCode: number;
}

/** A kind of CliError, named (for stack traces) and with its exit code. */
function cliError(name: string, exitCode: number) {
  return class extends CliError {
    override name = name;
    readonly exitCode = exitCode;
  };
}

/** The input is understood but wrong (unknown id, bad duration, malformed feed…): nothing written. */
export class InputError extends cliError('InputError', EXIT_CODES.invalidInput) {}

/** The command line itself is wrong (unknown command or flag, missing required flag). */
export class UsageError extends cliError('UsageError', EXIT_CODES.usage) {}

/** The feed was written, but the publish command failed: the operator must know the change is not live. */
export class NotPublishedError extends cliError('NotPublishedError', EXIT_CODES.notPublished) {}

/** Another command kept the lock beyond the wait bound: nothing written, running it again is safe. */
export class LockTimeoutError extends cliError('LockTimeoutError', EXIT_CODES.lockTimeout) {}
