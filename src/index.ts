/**
 * `status-banner`: the ES module for bundlers. Importing it registers `<status-banner>` (once: a
 * second copy on the page does not throw) and gives the element's class, the feed parser and the
 * types. `lit` and `zod` are dependencies, not bundled. For the loader that imports the element only
 * when a feed has something to show, import `status-banner/lazy` instead; for the schema alone, with
 * no element and no DOM, `status-banner/schema`. Reference: docs/element.md and docs/feed.md.
 *
 * @example
 * ```ts
 * import 'status-banner'; // registers <status-banner>
 * import { parseFeed, type StatusModel } from 'status-banner';
 * ```
 *
 * @packageDocumentation
 */
import './define.js';

export { StatusBanner, type StatusBannerEventMap } from './banner/status-banner.js';
export { parseFeed, FEED_FORMATS, type FeedFormat } from './feed/parse.js';
export { parseNative } from './feed/adapters/native.js';
export { FeedError, type FeedErrorDetail, type FeedErrorKind } from './feed/errors.js';
export type {
  Impact,
  Incident,
  IncidentStatus,
  IncidentUpdate,
  LocalizedText,
  Maintenance,
  ParseResult,
  StatusModel,
} from './feed/model.js';
export type { Feed, FeedIncident, FeedMaintenance } from './feed/schema.js';
export type { ShownItem } from './present/select.js';
