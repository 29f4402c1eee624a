import { parseCommandLine, type Command, WRITE_OPTIONS, WRITE_OPTIONS_HELP, writeSettings } from '../command-line.js';
import { editFeed } from '../feed-file.js';

export const command: Command = {
  help: `Usage: status-banner archive [--keep-days N]

Moves resolved incidents and ended maintenances older than --keep-days from the feed to
status.archive.json beside it (created if needed; newest first; itself a valid feed, so
status-banner validate reads it). Every write command does this too; run it to shrink the
feed without changing anything else. Writes nothing when nothing is old enough.

Options:
${WRITE_OPTIONS_HELP}

Examples:
  status-banner archive
  status-banner archive --keep-days 7 --file site/status.json
`,
  async run(argv) {
    const { values } = parseCommandLine('archive', argv, WRITE_OPTIONS, { names: [], required: 0 });
    await editFeed(writeSettings(values), () => undefined);
  },
};
