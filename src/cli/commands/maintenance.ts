import type { FeedMaintenance } from '../../feed/schema.js';
import { parseCommandLine, requireOption, type Command, WRITE_OPTIONS, WRITE_OPTIONS_HELP, writeSettings } from '../command-line.js';
import { InputError } from '../errors.js';
import { editFeed } from '../feed-file.js';
import { newItemId, parseComponents, parseHttpUrl } from '../flag-values.js';
import { collectTexts, ITEM_OPTIONS, ITEM_OPTIONS_HELP } from '../localized-text.js';
import { quote, summaryLine } from '../summary.js';
import { describeTime, isoTime, parseTime } from '../time.js';

const OPTIONS = { ...WRITE_OPTIONS, ...ITEM_OPTIONS, from: { type: 'string' }, until: { type: 'string' } } as const;

export const command: Command = {
  help: `Usage: status-banner maintenance --title TEXT --from WHEN --until WHEN [options]

Schedules a maintenance window and prints its id alone on stdout. Users are told ahead of
time (the element's maintenance-notice attribute, 24 hours by default) and during it.

Options:
  --title TEXT           what is being done (required)
  --from WHEN            start: an ISO 8601 time with offset, or a duration from now (2h)
                         (required; may be in the past, for a window already under way)
  --until WHEN           end: an ISO 8601 time with offset, or a duration counted from
                         --from, i.e. the window's length (20m) (required)
  --message TEXT         what users should expect (e.g. "Read-only for 20 minutes.")
${ITEM_OPTIONS_HELP}
${WRITE_OPTIONS_HELP}

Examples:
  status-banner maintenance --title "Database upgrade" --from 14h --until 20m \\
    --message "The app is read-only for 20 minutes." --components api
  status-banner maintenance --title "Network work" --from 1d --until 2h \\
    --lang fr --title "Travaux réseau"
`,
  async run(argv) {
    const { values, tokens } = parseCommandLine('maintenance', argv, OPTIONS, { names: [], required: 0 });
    const texts = collectTexts('maintenance', tokens, ['title', 'message']);
    const title = requireOption('maintenance', 'title', texts.title);
    const fromText = requireOption('maintenance', 'from', values.from);
    const untilText = requireOption('maintenance', 'until', values.until);
    const components = values.components === undefined ? undefined : parseComponents(values.components);
    const url = values.url === undefined ? undefined : parseHttpUrl('url', values.url);
    await editFeed(writeSettings(values), (feed, now) => {
      const startsAt = parseTime('from', fromText, now);
      const endsAt = parseTime('until', untilText, startsAt);
      if (endsAt <= startsAt) throw new InputError(`--until ${untilText} is not after --from ${fromText}`);
      if (endsAt <= now) throw new InputError(`--until ${untilText} is in the past (now is ${isoTime(now)}): the window would never show`);
      const id = newItemId(feed, startsAt, title, 'maintenance');
      const maintenance: FeedMaintenance = {
        id,
        title,
        ...(texts.message && { message: texts.message }),
        starts_at: isoTime(startsAt),
        ends_at: isoTime(endsAt),
        ...(components && { components }),
        ...(url && { url }),
      };
      (feed.maintenances ??= []).push(maintenance);
      return {
        createdId: id,
        summary: summaryLine(`scheduled maintenance ${id}`, quote(title), `${describeTime(startsAt, now)} → ${describeTime(endsAt, now)}`),
      };
    });
  },
};
