import type { FeedText } from '../../feed/schema.js';
import { BANNER, inEveryLocale } from '../../i18n/catalog.js';
import { parseCommandLine, type Command, WRITE_OPTIONS, WRITE_OPTIONS_HELP, writeSettings } from '../command-line.js';
import { InputError } from '../errors.js';
import { editFeed } from '../feed-file.js';
import { findIncident, parseHttpUrl } from '../flag-values.js';
import { collectTexts, langHelp, MESSAGE_OPTIONS } from '../localized-text.js';
import { quote, summaryLine } from '../summary.js';
import { formatSpan, isoTime } from '../time.js';

const OPTIONS = {
  ...WRITE_OPTIONS,
  ...MESSAGE_OPTIONS,
  postmortem: { type: 'string' },
} as const;

/** The element's own "resolved" wording, in every language it speaks. */
const DEFAULT_MESSAGE: FeedText = inEveryLocale(BANNER, (strings) => strings.resolved);

export const command: Command = {
  help: `Usage: status-banner resolve ID [--message TEXT] [--postmortem URL]

Marks incident ID (as open printed it) resolved, with a final update (default message:
"${BANNER.en.resolved}" and its translations), and removes its ETA and next-update promise. Users keep seeing the resolved notice for a
while (the element's resolved-for attribute, one hour by default).
On an incident that is already resolved, adds the --postmortem link and/or a follow-up
--message instead.

Options:
  --message TEXT         the final word to users
  --postmortem URL       link to the postmortem (http or https)
${langHelp('--message')}
${WRITE_OPTIONS_HELP}

Examples:
  status-banner resolve "$id" --message "Error rates are back to normal."
  status-banner resolve "$id" --postmortem https://status.example.com/postmortems/42
`,
  async run(argv) {
    const { values, positionals, tokens } = parseCommandLine('resolve', argv, OPTIONS, { names: ['ID'], required: 1 });
    // parseCommandLine has checked that the ID is there.
    const [id] = positionals as [string];
    const { message } = collectTexts('resolve', tokens, ['message']);
    const postmortem = values.postmortem === undefined ? undefined : parseHttpUrl('postmortem', values.postmortem);
    await editFeed(writeSettings(values), (feed, now) => {
      const incident = findIncident(feed, id);
      const alreadyResolved = incident.status === 'resolved';
      if (alreadyResolved && !message && !postmortem) {
        throw new InputError(`${id} is already resolved; pass --postmortem URL or --message to follow up`);
      }
      const at = isoTime(now);
      if (!alreadyResolved) {
        incident.status = 'resolved';
        incident.resolved_at = at;
        delete incident.expected_resolution_at;
        delete incident.next_update_at;
      }
      if (postmortem) incident.postmortem_url = postmortem;
      const finalMessage = message ?? (alreadyResolved ? undefined : DEFAULT_MESSAGE);
      if (finalMessage) (incident.updates ??= []).unshift({ at, status: 'resolved', message: finalMessage });
      incident.updated_at = at;
      const startedAt = incident.started_at === undefined ? undefined : Date.parse(incident.started_at);

      return {
        summary: summaryLine(
          alreadyResolved ? `followed up on resolved ${id}` : `resolved ${id}`,
          !alreadyResolved && startedAt !== undefined && `after ${formatSpan(now - startedAt)}`,
          finalMessage && `message ${quote(finalMessage)}`,
          postmortem && `postmortem ${postmortem}`,
        ),
      };
    });
  },
};
