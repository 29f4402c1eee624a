#!/usr/bin/env node
import type { Command } from './command-line.js';
import { CliError, EXIT_CODE_HELP, EXIT_CODES, UsageError } from './errors.js';
import { PUBLISH_ENV, PUBLISH_EXAMPLES } from './hosting.js';
import { escapeControls } from './terminal.js';

/** What a module of ./commands/ exports: `command`, the command its file is named after. */
interface CommandModule {
  command: Command;
}

/**
 * Every command by name, in the order the help lists them: its one line for that list, and its
 * module, imported only when the command runs: an operator mid-incident should not wait for modules
 * the command does not use.
 */
const COMMANDS: Readonly<Record<string, readonly [summary: string, load: () => Promise<CommandModule>]>> = {
  init: ['write a ready-to-host kit: status.json, fallback page, scripts, README.txt', () => import('./commands/init.js')],
  open: ['open an incident; prints its id', () => import('./commands/open.js')],
  update: ['add an update to an incident', () => import('./commands/update.js')],
  resolve: ['resolve an incident, or add a postmortem link to a resolved one', () => import('./commands/resolve.js')],
  maintenance: ['schedule a maintenance window; prints its id', () => import('./commands/maintenance.js')],
  archive: ['move old resolved incidents and ended maintenances to status.archive.json', () => import('./commands/archive.js')],
  publish: ['run the publish command on the feed again (after "written locally, not published")', () => import('./commands/publish.js')],
  validate: ['check a feed file or URL in any format the element reads; show what users see', () => import('./commands/validate.js')],
  doctor: ['check a hosted feed as a browser would: status, caching, 304, CORS, clock, size', () => import('./commands/doctor.js')],
  schema: ['print the JSON Schema of the feed', () => import('./commands/schema.js')],
  preview: ['serve a local page showing the banner and the fallback page over a feed file', () => import('./commands/preview.js')],
};

const HELP_FLAGS = ['--help', '-h'];

const GENERAL_HELP = `Usage: status-banner COMMAND [options]

Edits the status feed your <status-banner> elements poll, then publishes it. Every write
locks the feed (a second command waits, then applies its change on top), validates the whole
result (schema, real dates, the 1 MiB cap), keeps the previous version as FILE.prev, moves
items resolved more than --keep-days ago to an archive beside it (status.archive.json for
status.json), replaces the file atomically (through a symlink, keeping mode and owner),
then runs the publish command, if one is set.

Commands:
${Object.entries(COMMANDS)
  .map(([name, [summary]]) => `  ${name.padEnd(13)}${summary}`)
  .join('\n')}

The feed file is --file PATH, else $STATUS_BANNER_FILE, else ./status.json.
The publish command is --publish CMD, else $${PUBLISH_ENV}, else none.
${EXIT_CODE_HELP}
Run status-banner COMMAND --help for a command's options and examples.

Example, an incident from start to end, published to a git-based host:
  export ${PUBLISH_ENV}='${PUBLISH_EXAMPLES.git}'
  id=$(status-banner open --title "API errors" --message "We are investigating." --eta 45m)
  status-banner update "$id" --status identified --message "A fix is being deployed." --next-update 20m
  status-banner resolve "$id" --message "Fixed; error rates are back to normal."
`;

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('missing COMMAND (see status-banner --help)');
  if (name === 'help' || HELP_FLAGS.includes(name)) {
    process.stdout.write(rest[0] === undefined ? GENERAL_HELP : (await loadCommand(rest[0])).help);
    return;
  }
  const command = await loadCommand(name);
  if (rest.some((arg) => HELP_FLAGS.includes(arg))) {
    process.stdout.write(command.help);
    return;
  }
  await command.run(rest);
}

async function loadCommand(name: string): Promise<Command> {
  // Own keys only: `constructor` or `toString` names no command.
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
  const [, load] = entry;
  return (await load()).command;
}

main(process.argv.slice(2)).then(
  () => undefined,
  (error: unknown) => {
    // One line, always: the operator is busy, and scripts read the exit code.
    const message = error instanceof Error ? error.message : String(error);
    // Escaped: error messages quote feed content (ids, field names), which may hold terminal escapes.
    process.stderr.write(`status-banner: ${escapeControls(message.replace(/\s*\n\s*/g, ' '))}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT_CODES.invalidInput;
  },
);
