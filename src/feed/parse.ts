import { FeedError } from './errors.js';
import type { ParseResult } from './model.js';
import { INCIDENTIO_DOCUMENT, isIncidentioDocument, parseIncidentio } from './adapters/incidentio.js';
import { INSTATUS_DOCUMENT, isInstatusDocument, parseInstatus } from './adapters/instatus.js';
import { isNativeFeed, parseNative } from './adapters/native.js';
import { isStatuspageDocument, parseStatuspage, STATUSPAGE_DOCUMENT } from './adapters/statuspage.js';

export const FEED_FORMATS = ['auto', 'native', 'statuspage', 'incidentio', 'instatus'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

interface FormatReader {
  name: Exclude<FeedFormat, 'auto'>;
  /** What the format's documents are, for the error naming what was expected. */
  label: string;
  /** Cheap shape test used by `auto`. */
  matches(doc: unknown): boolean;
  parse(doc: unknown): ParseResult;
}

/**
 * Order matters for `auto`: the first reader whose shape matches wins. Native goes first: only
 * it has `version`. The hosted shapes do not overlap: Statuspage needs a `page` object with
 * `status`, `incidents` or `scheduled_maintenances`; incident.io has `ongoing_incidents` or
 * `in_progress_maintenances` and no `page`; Instatus has `activeIncidents` or `activeMaintenances`.
 */
const READERS: readonly FormatReader[] = [
  { name: 'native', label: 'a status-banner feed ("version": 1)', matches: isNativeFeed, parse: parseNative },
  { name: 'statuspage', label: STATUSPAGE_DOCUMENT, matches: isStatuspageDocument, parse: parseStatuspage },
  { name: 'incidentio', label: INCIDENTIO_DOCUMENT, matches: isIncidentioDocument, parse: parseIncidentio },
  { name: 'instatus', label: INSTATUS_DOCUMENT, matches: isInstatusDocument, parse: parseInstatus },
];

/** Parses a decoded JSON document in the given format; throws FeedError when it is rejected whole. */
export function parseFeed(doc: unknown, format: FeedFormat = 'auto'): ParseResult {
  const reader =
    format === 'auto' ? READERS.find((candidate) => candidate.matches(doc)) : READERS.find((candidate) => candidate.name === format);
  if (!reader) {
    const expected = READERS.map((candidate) => `${candidate.label} (format "${candidate.name}")`).join(', ');
    throw new FeedError('schema', `unrecognised feed: expected one of ${expected}`);
  }
  return reader.parse(doc);
}
