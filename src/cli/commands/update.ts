import { parseCommandLine, requireOption, type Command, WRITE_OPTIONS, WRITE_OPTIONS_HELP, writeSettings } from '../command-line.js';
import { editFeed } from '../feed-file.js';
import { findIncident, parseImpact, parseOpenStatus } from '../flag-values.js';
import { collectTexts, langHelp, MESSAGE_OPTIONS } from '../localized-text.js';
import { quote, summaryLine } from '../summary.js';
import { describeTime, isoTime, parseFutureTime, PROMISE_OPTIONS } from '../time.js';

const OPTIONS = {
  ...WRITE_OPTIONS,
  ...MESSAGE_OPTIONS,
  ...PROMISE_OPTIONS,
  status: { type: 'string' },
  impact: { type: 'string' },
} as const;

/** `--eta none` withdraws an ETA that no longer holds, rather than leaving a wrong promise up. */
const NO_ETA = 'none';

export const command: Command = {
  help: `Usage: status-banner update ID --message TEXT [options]

Adds an update (newest first) to incident ID (as open printed it, e.g. 2026-11-25-api-errors):
users see its message from now on.
The previous --next-update promise is kept by this update, so it is cleared unless you
give a new one.

Options:
  --message TEXT         what changed, what you are doing (required)
  --status STATUS        investigating, identified or monitoring (default: unchanged;
                         on a resolved incident, reopens it)
  --impact LEVEL         none, minor, major or critical (default: unchanged)
  --eta WHEN             new expected resolution: a duration from now (45m, 2h, 1h30m,
                         90s, 1d) or an ISO 8601 time with offset; "none" removes it
  --next-update WHEN     when you promise the next update, same forms as --eta
${langHelp('--message')}
${WRITE_OPTIONS_HELP}

Examples:
  status-banner update "$id" --status identified --eta 30m \\
    --message "A faulty deploy is being rolled back."
  status-banner update "$id" --status monitoring --eta none --next-update 15m \\
    --message "The fix is deployed; we are watching error rates." \\
    --lang fr --message "Le correctif est déployé ; nous surveillons les erreurs."
`,
  async run(argv) {
    const { values, positionals, tokens } = parseCommandLine('update', argv, OPTIONS, { names: ['ID'], required: 1 });
    // parseCommandLine has checked that the ID is there.
    const [id] = positionals as [string];
    const message = requireOption('update', 'message', collectTexts('update', tokens, ['message']).message);
    const newStatus = values.status === undefined ? undefined : parseOpenStatus(values.status);
    const newImpact = values.impact === undefined ? undefined : parseImpact(values.impact);
    await editFeed(writeSettings(values), (feed, now) => {
      const incident = findIncident(feed, id);
      const eta = values.eta === undefined || values.eta === NO_ETA ? undefined : parseFutureTime('eta', values.eta, now);
      const nextUpdate = values['next-update'] === undefined ? undefined : parseFutureTime('next-update', values['next-update'], now);
      const { status: oldStatus, impact: oldImpact } = incident;
      const status = newStatus ?? oldStatus;
      const at = isoTime(now);

      incident.status = status;
      if (oldStatus === 'resolved' && status !== 'resolved') delete incident.resolved_at;
      if (newImpact) incident.impact = newImpact;
      if (eta !== undefined) incident.expected_resolution_at = isoTime(eta);
      if (values.eta === NO_ETA) delete incident.expected_resolution_at;
      if (nextUpdate === undefined) delete incident.next_update_at;
      else incident.next_update_at = isoTime(nextUpdate);
      incident.updated_at = at;
      (incident.updates ??= []).unshift({ at, status, message });

      return {
        summary: summaryLine(
          `updated ${id}`,
          status !== oldStatus && `status ${oldStatus} → ${status}`,
          newImpact && newImpact !== oldImpact && `impact ${oldImpact} → ${newImpact}`,
          eta !== undefined && `ETA ${describeTime(eta, now)}`,
          values.eta === NO_ETA && 'ETA removed',
          nextUpdate !== undefined && `next update ${describeTime(nextUpdate, now)}`,
          `message ${quote(message)}`,
        ),
      };
    });
  },
};
