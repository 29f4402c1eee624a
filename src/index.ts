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
