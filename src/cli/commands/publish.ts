import {
  FILE_OPTION,
  FILE_OPTION_HELP,
  feedPath,
  parseCommandLine,
  PUBLISH_OPTION,
  PUBLISH_OPTION_HELP,
  type Command,
} from '../command-line.js';
import { UsageError } from '../errors.js';
import { resolveFeedTarget, verifyFeedFile } from '../feed-file.js';
import { PUBLISH_ENV, PUBLISH_EXAMPLES, publishCommandFrom } from '../hosting.js';
import { publishFeed } from '../publish.js';

export const command: Command = {
  help: `Usage: status-banner publish [--publish CMD]

Runs the publish command on the feed, as every write does after writing: to retry after
"written locally, not published", or to ship a feed changed by other means. The feed is
checked first (UTF-8, schema, real dates, size cap): an invalid feed is never published.
Exits 3 if the command fails.

Options:
${PUBLISH_OPTION_HELP}
${FILE_OPTION_HELP}

Examples:
  status-banner publish --publish '${PUBLISH_EXAMPLES.rsync}'
  export ${PUBLISH_ENV}='${PUBLISH_EXAMPLES.git}'
  status-banner publish
`,
  async run(argv) {
    const { values } = parseCommandLine('publish', argv, { ...FILE_OPTION, ...PUBLISH_OPTION }, { names: [], required: 0 });
    const command = publishCommandFrom(values.publish);
    if (!command)
      throw new UsageError(`publish: no publish command; pass --publish CMD or set ${PUBLISH_ENV} (see status-banner publish --help)`);
    const target = await resolveFeedTarget(feedPath(values.file));
    await verifyFeedFile(target);
    await publishFeed(target, command);
  },
};
