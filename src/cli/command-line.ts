import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_KEEP_DAYS, MIN_KEEP_DAYS, parseKeepDays } from './archive.js';
import { UsageError } from './errors.js';
import { publishCommandFrom } from './hosting.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  /** Full `--help` text, with examples. */
  help: string;
  run(argv: string[]): Promise<void>;
}

type ParsedCommandLine<Options extends OptionSpecs> = ReturnType<
  typeof parseArgs<{ args: string[]; options: Options; strict: true; allowPositionals: true; tokens: true }>
>;

/** Every command that reads or writes the feed file takes this flag. */
export const FILE_OPTION = { file: { type: 'string', short: 'f' } } as const;

export const FILE_OPTION_HELP = `  -f, --file PATH        feed file (default: $STATUS_BANNER_FILE, else ./status.json)`;

/** Commands that publish the feed take this flag. */
export const PUBLISH_OPTION = { publish: { type: 'string' } } as const;

export const PUBLISH_OPTION_HELP = `  --publish CMD          the command that makes the feed live, run by sh in the feed's
                         folder with $STATUS_BANNER_FILE set (default: $STATUS_BANNER_PUBLISH)`;

/** Every command that writes the feed takes these. */
export const WRITE_OPTIONS = { ...FILE_OPTION, ...PUBLISH_OPTION, 'keep-days': { type: 'string' } } as const;

export const WRITE_OPTIONS_HELP = `${PUBLISH_OPTION_HELP},
                         run after writing; exit 3 if it fails; --publish "" runs none
  --keep-days N          move resolved incidents and ended maintenances older than N days
                         to status.archive.json beside the feed (default: ${DEFAULT_KEEP_DAYS}, at least ${MIN_KEEP_DAYS})
${FILE_OPTION_HELP}`;

/** Where and how a write command writes, from WRITE_OPTIONS. */
export interface WriteSettings {
  file: string;
  keepDays: number;
  /** The command that makes the feed live after a write, if any. */
  publish: string | undefined;
}

export function writeSettings(values: {
  file?: string | undefined;
  publish?: string | undefined;
  'keep-days'?: string | undefined;
}): WriteSettings {
  return {
    file: feedPath(values.file),
    keepDays: values['keep-days'] === undefined ? DEFAULT_KEEP_DAYS : parseKeepDays(values['keep-days']),
    publish: publishCommandFrom(values.publish),
  };
}

/**
 * parseArgs in strict mode, with its errors turned into one-line usage errors. Tokens are kept
 * because `--lang` applies to the `--title`/`--message` flags that follow it, so order matters.
 */
export function parseCommandLine<const Options extends OptionSpecs>(
  command: string,
  argv: string[],
  options: Options,
  positionals: { names: readonly string[]; required: number },
): ParsedCommandLine<Options> {
  let parsed: ParsedCommandLine<Options>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw new UsageError(`${command}: ${firstSentence(error)} (see status-banner ${command} --help)`);
  }
  const given = parsed.positionals.length;
  if (given < positionals.required) {
    throw new UsageError(`${command}: missing ${positionals.names[given]} (see status-banner ${command} --help)`);
  }
  if (given > positionals.names.length) {
    throw new UsageError(
      `${command}: unexpected argument "${parsed.positionals[positionals.names.length]}" (see status-banner ${command} --help)`,
    );
  }
  return parsed;
}

export function requireOption<Value>(command: string, flag: string, value: Value | undefined): Value {
  if (value === undefined) throw new UsageError(`${command}: --${flag} is required (see status-banner ${command} --help)`);
  return value;
}

/** `--file`, else `STATUS_BANNER_FILE`, else `./status.json`, resolved against the working directory. */
export function feedPath(fileOption: string | undefined): string {
  return path.resolve(fileOption ?? (process.env.STATUS_BANNER_FILE || 'status.json'));
}

function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split(/\.\s/)[0] ?? message).replace(/\.$/, '');
}
