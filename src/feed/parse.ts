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
 *
 * @param doc - The feed, already decoded (`JSON.parse`, `response.json()`): a native feed
 *   (`"version": 1`), or a Statuspage, incident.io or Instatus document.
 * @param format - `auto` (the default) recognises the format from the document's shape; any other
 *   value of `FEED_FORMATS` insists on that one.
 * @returns `model`: the `StatusModel` the banner shows (times in epoch ms, links only when
 *   http(s), updates newest first). `problems`: one `{ path, message }` per item left out, e.g.
 *   `{ path: 'incidents[1]', message: 'incidents[1].status: Invalid input' }`; empty when all is read.
 * @throws `FeedError` with `kind` `version` (a native feed of another version) or `schema` (not
 *   a feed the banner reads, or an envelope that is not valid).
 *
 * @example
 * ```ts
 * const { model, problems } = parseFeed(await (await fetch('/status.json')).json());
 * for (const problem of problems) console.warn(`dropped ${problem.path}: ${problem.message}`);
 * const open = model.incidents.filter((incident) => incident.status !== 'resolved');
 * ```
 */
export function parseFeed(doc: unknown, format: FeedFormat = 'auto'): ParseResult {
  return PARSERS[recognise(doc, format)](doc);
}
