#!/usr/bin/env node
import type { Command } from './command-line.js';
import { initCommand } from './commands/init.js';
import { maintenanceCommand } from './commands/maintenance.js';
import { openCommand } from './commands/open.js';
import { previewCommand } from './commands/preview.js';
import { resolveCommand } from './commands/resolve.js';
import { schemaCommand } from './commands/schema.js';
import { updateCommand } from './commands/update.js';
import { validateCommand } from './commands/validate.js';
import { UsageError } from './errors.js';

const COMMANDS: readonly Command[] = [
  initCommand,
  openCommand,
  updateCommand,
  resolveCommand,
  maintenanceCommand,
  validateCommand,
  schemaCommand,
  previewCommand,
];

const HELP_FLAGS = ['--help', '-h'];

const GENERAL_HELP = `Usage: status-banner COMMAND [options]

Edits the status feed your <status-banner> elements poll. Every write validates the whole
feed first, replaces the file atomically and keeps the previous version as FILE.prev.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(13)}${command.summary}`).join('\n')}

The feed file is --file PATH, else $STATUS_BANNER_FILE, else ./status.json.
Exit codes: 0 done, 1 invalid input (nothing written), 2 usage error.
Run status-banner COMMAND --help for a command's options and examples.

Example, an incident from start to end:
  id=$(status-banner open --title "API errors" --message "We are investigating." --eta 45m)
  status-banner update "$id" --status identified --message "A fix is being deployed." --next-update 20m
  status-banner resolve "$id" --message "Fixed; error rates are back to normal."
`;

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('missing COMMAND (see status-banner --help)');
  if (name === 'help' || HELP_FLAGS.includes(name)) {
    process.stdout.write(rest[0] === undefined ? GENERAL_HELP : findCommand(rest[0]).help);
    return;
  }
  const command = findCommand(name);
  if (rest.some((arg) => HELP_FLAGS.includes(arg))) {
    process.stdout.write(command.help);
    return;
  }
  await command.run(rest);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((candidate) => candidate.name).join(', ')}`);
  return command;
}

main(process.argv.slice(2)).then(
  () => undefined,
  (error: unknown) => {
    // One line, always: the operator is busy, and scripts read the exit code.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`status-banner: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
