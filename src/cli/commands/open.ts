import type { FeedIncident } from '../../feed/schema.js';
import { parseCommandLine, requireOption, type Command, WRITE_OPTIONS, WRITE_OPTIONS_HELP, writeSettings } from '../command-line.js';
import { editFeed } from '../feed-file.js';
import { newItemId, parseComponents, parseHttpUrl, parseImpact, parseOpenStatus } from '../flag-values.js';
import { collectTexts, ITEM_OPTIONS, ITEM_OPTIONS_HELP } from '../localized-text.js';
import { quote, summaryLine } from '../summary.js';
import { describeTime, isoTime, parseFutureTime, PROMISE_OPTIONS } from '../time.js';

const OPTIONS = { ...WRITE_OPTIONS, ...ITEM_OPTIONS, ...PROMISE_OPTIONS, impact: { type: 'string' }, status: { type: 'string' } } as const;

export const command: Command = {
  help: `Usage: status-banner open --title TEXT --message TEXT [options]

Opens an incident, newest first in the feed, and prints its id (e.g. 2026-11-25-api-errors)
alone on stdout; the summary of the change goes to stderr.

Options:
  --title TEXT           what is affected, in a few words (required)
  --message TEXT         what users see happening, and what you are doing (required)
  --impact LEVEL         none, minor, major or critical (default: major)
  --status STATUS        investigating, identified or monitoring (default: investigating)
  --eta WHEN             expected resolution: a duration from now (45m, 2h, 1h30m, 90s, 1d)
                         or an ISO 8601 time with offset (2026-11-25T10:30:00Z)
  --next-update WHEN     when you promise the next update, same forms as --eta
${ITEM_OPTIONS_HELP}
${WRITE_OPTIONS_HELP}

Examples:
  status-banner open --title "API errors" --message "We are investigating errors on the API." --impact major --eta 45m
  id=$(status-banner open --title "Login unavailable" --message "Sign-in fails for some users." \\
       --impact critical --next-update 30m --components auth \\
       --lang fr --title "Connexion indisponible" --message "La connexion échoue pour certains utilisateurs.")
`,
  async run(argv) {
    const { values, tokens } = parseCommandLine('open', argv, OPTIONS, { names: [], required: 0 });
    const texts = collectTexts('open', tokens, ['title', 'message']);
    const title = requireOption('open', 'title', texts.title);
    const message = requireOption('open', 'message', texts.message);
    const impact = parseImpact(values.impact ?? 'major');
    const status = parseOpenStatus(values.status ?? 'investigating');
    const components = values.components === undefined ? undefined : parseComponents(values.components);
    const url = values.url === undefined ? undefined : parseHttpUrl('url', values.url);
    await editFeed(writeSettings(values), (feed, now) => {
      const eta = values.eta === undefined ? undefined : parseFutureTime('eta', values.eta, now);
      const nextUpdate = values['next-update'] === undefined ? undefined : parseFutureTime('next-update', values['next-update'], now);
      const id = newItemId(feed, now, title, 'incident');
      const at = isoTime(now);
      const incident: FeedIncident = {
        id,
        title,
        impact,
        status,
        started_at: at,
        updated_at: at,
        ...(eta !== undefined && { expected_resolution_at: isoTime(eta) }),
        ...(nextUpdate !== undefined && { next_update_at: isoTime(nextUpdate) }),
        ...(components && { components }),
        ...(url && { url }),
        updates: [{ at, status, message }],
      };
      (feed.incidents ??= []).unshift(incident);
      return {
        createdId: id,
        summary: summaryLine(
          `opened ${id}`,
          `${impact}, ${status}, ${quote(title)}`,
          eta !== undefined && `ETA ${describeTime(eta, now)}`,
          nextUpdate !== undefined && `next update ${describeTime(nextUpdate, now)}`,
        ),
      };
    });
  },
};
