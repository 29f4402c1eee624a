import { parseIncidentio } from './adapters/incidentio.js';
import { parseInstatus } from './adapters/instatus.js';
import { parseNative } from './adapters/native.js';
import { parseStatuspage } from './adapters/statuspage.js';
import type { ParseResult } from './model.js';
import { recognise, type DocumentFormat, type FeedFormat } from './triage.js';

export { FEED_FORMATS, type FeedFormat } from './triage.js';

const PARSERS: Readonly<Record<DocumentFormat, (doc: unknown) => ParseResult>> = {
  native: parseNative,
  statuspage: parseStatuspage,
  incidentio: parseIncidentio,
  instatus: parseInstatus,
};

/**
 * Reads a decoded JSON document in the given format (`auto`: by its shape) into the one model every
 * presenter reads. Returns `{ model, problems }`: `problems` lists the items dropped as invalid, each
 * with its path, while the valid ones stay. Throws FeedError (`schema`, `version`) when the document
 * is rejected whole.
 */
export function parseFeed(doc: unknown, format: FeedFormat = 'auto'): ParseResult {
  return PARSERS[recognise(doc, format)](doc);
}
