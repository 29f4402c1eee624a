import { parseFeed, type FeedFormat } from '../feed/parse.js';
import { recognise } from '../feed/triage.js';
import { FeedError } from '../feed/errors.js';
import type { ParseResult } from '../feed/model.js';
import { feedSchema } from '../feed/schema.js';
import { ATTRIBUTE_DEFAULTS } from '../present/attributes.js';
import { buildView, type ItemView, type ViewOptions } from '../present/view.js';
import { InputError } from './errors.js';
import { sizeVerdict, type SizeVerdict } from './feed-size.js';
import { describeImpossibleTime, findImpossibleTimes } from './feed-times.js';
import { escapeControls } from './terminal.js';
import { decodeUtf8 } from './utf8.js';

/** The element's defaults for the attributes of the same names: what `validate` and `doctor` assume unless told. */
export const ELEMENT_DEFAULTS = { locale: 'en', ...ATTRIBUTE_DEFAULTS };

/** What `validate` and `doctor` say about a feed's bytes, read the way the element reads them. Feed text in it is escaped for the terminal. */
export interface FeedReport {
  /** `2 incidents, 0 maintenances`: what a banner reads in it. */
  counts: string;
  size: SizeVerdict;
  /** Remarks on the bytes themselves (a byte order mark). */
  notes: string[];
  /** What a banner shows right now: `Users see (en):` then the items, or why nothing. */
  seen: string[];
  /** What is wrong in the content: items a banner drops, times no calendar has. The size is judged apart, in `size`. */
  problems: string[];
}

/**
 * Reads `bytes` as the element would (strict UTF-8 with the BOM ignored, then the format's
 * adapter), and says what users see now. Throws InputError when the feed is rejected whole.
 */
export function reportFeed(name: string, bytes: Uint8Array, format: FeedFormat, view: ViewOptions): FeedReport {
  const size = sizeVerdict(bytes.byteLength);
  const { text, hadBom } = decodeUtf8(name, bytes);
  const doc = parseJson(name, text);
  const { model, problems: drops } = parseDocument(name, doc, format);
  // Banners drop an item whose time does not exist (2027-02-30): named here with the calendar's reason.
  const native = recognise(doc, format) === 'native';
  const impossible = native ? findImpossibleTimes(feedSchema, doc) : [];
  // An item dropped for such a time is said once, with the calendar's reason.
  const dropped = drops.filter((problem) => !impossible.some(({ path }) => problem.message.startsWith(`${path}:`)));
  const problems = [
    dropped.length && `${plural(dropped.length, 'item')} would be dropped: ${dropped.map((problem) => problem.message).join('; ')}`,
    impossible.length && `${plural(impossible.length, 'impossible time')}: ${impossible.map(describeImpossibleTime).join('; ')}`,
  ].filter((problem): problem is string => typeof problem === 'string');

  const counts = `${plural(model.incidents.length, 'incident')}, ${plural(model.maintenances.length, 'maintenance')}`;
  const banner = buildView(model, view);
  const shown = banner.primary ? [banner.primary, ...banner.others] : [];
  const seen =
    size.level === 'over'
      ? ['Users see no change: banners reject a feed over the cap and keep what they last read.']
      : shown.length
        ? [`Users see (${view.locale}):`, ...shown.flatMap(describeItem)]
        : ['Users see nothing: all clear, the banner stays hidden.'];
  return {
    counts,
    size,
    notes: hadBom ? ['Note: the file starts with a UTF-8 byte order mark; banners ignore it, and the CLI drops it at its next write.'] : [],
    seen: seen.map(escapeControls),
    problems: problems.map(escapeControls),
  };
}

function describeItem(view: ItemView): string[] {
  const details = [view.message, view.eta, view.link?.href]
    .filter((text): text is string => Boolean(text))
    .map((text) => `    ${text.replace(/\n+/g, '\n    ')}`);
  return [`  [${view.impact}] ${view.stateLabel}: ${view.title}`, ...details];
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${(error as Error).message})`);
  }
}

function parseDocument(name: string, doc: unknown, format: FeedFormat): ParseResult {
  try {
    return parseFeed(doc, format);
  } catch (error) {
    if (error instanceof FeedError) throw new InputError(`${name} is rejected: ${error.message}`);
    throw error;
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
