import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FEED_FORMATS } from '../../feed/parse.js';
import { ATTRIBUTE_DEFAULTS } from '../../present/attributes.js';
import { FILE_OPTION, FILE_OPTION_HELP, feedPath, parseCommandLine, type Command } from '../command-line.js';
import { InputError } from '../errors.js';
import { ELEMENT_DEFAULTS, reportFeed } from '../feed-report.js';
import type { SizeVerdict } from '../feed-size.js';
import { parseComponents, parseCount, parseFormat } from '../flag-values.js';
import { fetchFeedBytes, isUrl } from '../http.js';
import { escapeControls } from '../terminal.js';
import { parseLanguageTag } from '../localized-text.js';

const OPTIONS = {
  ...FILE_OPTION,
  format: { type: 'string' },
  locale: { type: 'string' },
  components: { type: 'string' },
  'resolved-for': { type: 'string' },
  'maintenance-notice': { type: 'string' },
} as const;

const SIZE_NOTES: Record<SizeVerdict['level'], string> = {
  ok: '',
  warn: ': warning, above 75 % of the cap; archive old items (status-banner archive --keep-days 7) or shorten texts',
  over: ': over the cap',
};

export const command: Command = {
  help: `Usage: status-banner validate [FILE|URL] [options]

Reads a feed the way the element does (native, Statuspage, incident.io or Instatus) and
prints what a user would see right now, and its size against the 1 MiB every banner reads
(a warning above 75 %). Exits 1 with the reason when the feed is rejected, when any incident
or maintenance in it would be dropped, when a time in it does not exist (2027-02-30), or
when it is over the cap. Text from the feed is printed with control characters escaped.
Without FILE or URL, reads --file.

Options:
  --format FORMAT        ${FEED_FORMATS.join(', ')} (default: auto)
  --locale TAG           language to show texts in (default: en)
  --components LIST      as the element's components attribute
  --resolved-for SECONDS as the element's resolved-for attribute (default: ${ATTRIBUTE_DEFAULTS.resolvedFor})
  --maintenance-notice HOURS  as the element's maintenance-notice attribute (default: ${ATTRIBUTE_DEFAULTS.maintenanceNotice})
${FILE_OPTION_HELP}

Examples:
  status-banner validate
  status-banner validate https://status.example.com/status.json --locale fr
  status-banner validate https://acme.statuspage.io/api/v2/summary.json --format statuspage
`,
  async run(argv) {
    const { values, positionals } = parseCommandLine('validate', argv, OPTIONS, { names: ['FILE|URL'], required: 0 });
    const format = parseFormat(values.format ?? 'auto');
    const source = positionals[0] ?? feedPath(values.file);
    const view = {
      now: Date.now(),
      locale: values.locale === undefined ? ELEMENT_DEFAULTS.locale : parseLanguageTag('locale', values.locale),
      components: values.components === undefined ? [] : parseComponents(values.components),
      resolvedFor: values['resolved-for'] === undefined ? ELEMENT_DEFAULTS.resolvedFor : parseCount('resolved-for', values['resolved-for']),
      maintenanceNotice:
        values['maintenance-notice'] === undefined
          ? ELEMENT_DEFAULTS.maintenanceNotice
          : parseCount('maintenance-notice', values['maintenance-notice']),
    };
    const name = isUrl(source) ? source : path.basename(source);
    const bytes = isUrl(source) ? (await fetchFeedBytes(source)).body : await readLocal(source);
    const { counts, size, notes, seen, problems } = reportFeed(name, bytes, format, view);
    if (size.level === 'over') problems.push(`${size.text}: over the cap, every banner rejects it`);
    const lines = [
      `${escapeControls(name)}: ${problems.length ? 'readable, with problems' : 'valid'} (${counts})`,
      `Size: ${size.text}${SIZE_NOTES[size.level]}`,
      ...notes,
      ...seen,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (problems.length) throw new InputError(`${name}: ${problems.join('; ')}`);
  },
};

async function readLocal(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
