import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FEED_FORMATS, parseFeed, type FeedFormat } from '../../feed/parse.js';
import { FeedError } from '../../feed/errors.js';
import type { ParseResult } from '../../feed/model.js';
import { ATTRIBUTE_DEFAULTS } from '../../present/attributes.js';
import { buildView, type ItemView } from '../../present/view.js';
import { FILE_OPTION, feedPath, parseCommandLine, type Command } from '../command-line.js';
import { InputError } from '../errors.js';
import { parseComponents } from '../flag-values.js';

const OPTIONS = {
  ...FILE_OPTION,
  format: { type: 'string' },
  locale: { type: 'string' },
  components: { type: 'string' },
  'resolved-for': { type: 'string' },
  'maintenance-notice': { type: 'string' },
} as const;

/** The element's defaults for the attributes of the same names. */
const ELEMENT_DEFAULTS = { locale: 'en', ...ATTRIBUTE_DEFAULTS };

export const validateCommand: Command = {
  help: `Usage: status-banner validate [FILE|URL] [options]

Reads a feed the way the element does (native, Statuspage, incident.io or Instatus) and
prints what a user would see right now. Exits 1 with the reason when the feed is rejected,
or when any incident or maintenance in it would be dropped.
Without FILE or URL, reads --file.

Options:
  --format FORMAT        ${FEED_FORMATS.join(', ')} (default: auto)
  --locale TAG           language to show texts in (default: en)
  --components LIST      as the element's components attribute
  --resolved-for SECONDS as the element's resolved-for attribute (default: ${ATTRIBUTE_DEFAULTS.resolvedFor})
  --maintenance-notice HOURS  as the element's maintenance-notice attribute (default: ${ATTRIBUTE_DEFAULTS.maintenanceNotice})
  -f, --file PATH        feed file (default: $STATUS_BANNER_FILE, else ./status.json)

Examples:
  status-banner validate
  status-banner validate https://status.example.com/status.json --locale fr
  status-banner validate https://acme.statuspage.io/api/v2/summary.json --format statuspage
`,
  async run(argv) {
    const { values, positionals } = parseCommandLine('validate', argv, OPTIONS, { names: ['FILE|URL'], required: 0 });
    const format = parseFormat(values.format ?? 'auto');
    const source = positionals[0] ?? feedPath(values.file);
    const options = {
      now: Date.now(),
      locale: values.locale ?? ELEMENT_DEFAULTS.locale,
      components: values.components === undefined ? [] : parseComponents(values.components),
      resolvedFor: values['resolved-for'] === undefined ? ELEMENT_DEFAULTS.resolvedFor : parseCount('resolved-for', values['resolved-for']),
      maintenanceNotice:
        values['maintenance-notice'] === undefined
          ? ELEMENT_DEFAULTS.maintenanceNotice
          : parseCount('maintenance-notice', values['maintenance-notice']),
    };
    const name = isUrl(source) ? source : path.basename(source);
    const { model, problems } = parse(name, await readSource(source), format);

    const view = buildView(model, options);
    const counts = `${plural(model.incidents.length, 'incident')}, ${plural(model.maintenances.length, 'maintenance')}`;
    const shown = view.primary ? [view.primary, ...view.others] : [];
    const lines = [
      `${name}: ${problems.length ? 'readable, with problems' : 'valid'} (${counts})`,
      shown.length ? `Users see (${options.locale}):` : 'Users see nothing: all clear, the banner stays hidden.',
      ...shown.flatMap(describeItem),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (problems.length) {
      const listed = problems.map((problem) => problem.message).join('; ');
      throw new InputError(`${name}: ${plural(problems.length, 'item')} would be dropped: ${listed}`);
    }
  },
};

function describeItem(view: ItemView): string[] {
  const details = [view.message, view.eta, view.link?.href]
    .filter((text): text is string => Boolean(text))
    .map((text) => `    ${text.replace(/\n+/g, '\n    ')}`);
  return [`  [${view.impact}] ${view.stateLabel}: ${view.title}`, ...details];
}

function parse(name: string, text: string, format: FeedFormat): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseFeed(doc, format);
  } catch (error) {
    if (error instanceof FeedError) throw new InputError(`${name} is rejected: ${error.message}`);
    throw error;
  }
}

async function readSource(source: string): Promise<string> {
  if (!isUrl(source)) {
    try {
      return await readFile(source, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const url = new URL(source);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`${source}: only http and https URLs can be fetched`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new InputError(`cannot fetch ${source}: ${cause}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${source}: HTTP ${response.status}`);
  return response.text();
}

/** `scheme://…`: anything else is a file path, even with a colon in it. */
function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

function parseFormat(text: string): FeedFormat {
  const format = FEED_FORMATS.find((candidate) => candidate === text);
  if (!format) throw new InputError(`--format "${text}": expected one of ${FEED_FORMATS.join(', ')}`);
  return format;
}

function parseCount(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new InputError(`--${flag} "${text}": expected a number, 0 or more`);
  return value;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
