import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Feed } from '../../feed/schema.js';
import { FILE_OPTION, feedPath, parseCommandLine, type Command } from '../command-line.js';
import { InputError } from '../errors.js';
import writeFileAtomic from 'write-file-atomic';
import { serializeFeed } from '../feed-file.js';
import { HOSTING_README } from '../hosting.js';
import { fallbackPageHtml, kitScripts } from '../kit.js';
import { isoTime } from '../time.js';

export const command: Command = {
  help: `Usage: status-banner init [DIR]

Writes a kit to host apart from your app: status.json (valid, all clear), index.html
(the fallback status page), the scripts it loads, and README.txt (hosting, publish command
examples for S3-compatible storage, a git-based host and rsync, cache headers, CORS).
DIR is created if needed; without DIR, the kit goes beside --file.
Refuses to overwrite any existing file of the kit.

Options:
  -f, --file PATH        feed file, when DIR is not given (default: $STATUS_BANNER_FILE,
                         else ./status.json)

Examples:
  status-banner init status-kit
  cd status-kit && status-banner open --title "API errors" --message "We are investigating."
`,
  async run(argv) {
    const { values, positionals } = parseCommandLine('init', argv, FILE_OPTION, { names: ['DIR'], required: 0 });
    const feedFile = positionals[0] === undefined ? feedPath(values.file) : path.resolve(positionals[0], 'status.json');
    const dir = path.dirname(feedFile);
    const bundles = kitScripts().map(({ name, file }) => ({ source: file, target: path.join(dir, name) }));
    const generated = [
      { target: path.join(dir, 'index.html'), text: fallbackPageHtml(path.basename(feedFile)) },
      { target: path.join(dir, 'README.txt'), text: HOSTING_README },
    ];
    const targets = [feedFile, ...bundles.map((bundle) => bundle.target), ...generated.map((file) => file.target)];
    const existing = targets.filter((target) => existsSync(target));
    if (existing.length)
      throw new InputError(`init: refusing to overwrite ${existing.map((target) => path.relative('.', target) || target).join(', ')}`);

    await mkdir(dir, { recursive: true });
    const allClear: Feed = { version: 1, updated_at: isoTime(Date.now()), incidents: [], maintenances: [] };
    await Promise.all([
      writeFileAtomic(feedFile, serializeFeed(allClear)),
      ...bundles.map(({ source, target }) => copyFile(source, target)),
      ...generated.map(({ target, text }) => writeFileAtomic(target, text)),
    ]);
    process.stderr.write(`wrote ${targets.map((target) => path.basename(target)).join(', ')} to ${dir}\n`);
  },
};
