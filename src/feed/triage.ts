/**
 * What the loader knows of feeds, without zod: which format a document is, and whether anything
 * in it could be shown. It errs on the side of "could": a yes costs the element chunk's download,
 * a wrong no would hide an incident. The adapters (feed/adapters/) then read the document for real.
 */
import { FeedError } from './errors.js';
import { MAX_POLL_INTERVAL_S, OPEN_WINDOW_LIMIT } from './limits.js';
import { epoch } from './model.js';

/**
 * The values of the element's `format` attribute and of `parseFeed`'s `format`: `auto` (recognise the
 * document by its shape), `native` (this project's feed, version 1), `statuspage` (Atlassian
 * Statuspage API v2), `incidentio` (incident.io's widget API), `instatus` (Instatus `summary.json`).
 */
export const FEED_FORMATS = ['auto', 'native', 'statuspage', 'incidentio', 'instatus'] as const;
/** One of {@link FEED_FORMATS}. */
export type FeedFormat = (typeof FEED_FORMATS)[number];
export type DocumentFormat = Exclude<FeedFormat, 'auto'>;

type Doc = Record<string, unknown>;

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a list field, objects only. */
function items(list: unknown): Doc[] {
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/**
 * Cheap shape tests, in the order `auto` tries them.
 * Native goes first: only it has `version`. The hosted shapes do not overlap: Statuspage needs a
 * `page` object with `status`, `incidents` or `scheduled_maintenances`; incident.io has
 * `ongoing_incidents` or `in_progress_maintenances`; Instatus has `activeIncidents` or `activeMaintenances`.
 */
const FORMAT_SHAPES: readonly [DocumentFormat, (doc: Doc) => boolean][] = [
  ['native', (doc) => 'version' in doc],
  [
    'statuspage',
    (doc) => isRecord(doc.page) && (isRecord(doc.status) || Array.isArray(doc.incidents) || Array.isArray(doc.scheduled_maintenances)),
  ],
  ['incidentio', (doc) => Array.isArray(doc.ongoing_incidents) || Array.isArray(doc.in_progress_maintenances)],
  ['instatus', (doc) => Array.isArray(doc.activeIncidents) || Array.isArray(doc.activeMaintenances)],
];

/**
 * The format of a decoded document: the requested one when it matches, or the first that matches
 * under `auto`. Throws FeedError `version` for a native feed of another version, `schema` otherwise.
 */
export function recognise(doc: unknown, format: FeedFormat = 'auto'): DocumentFormat {
  const candidates = FORMAT_SHAPES.filter(([name]) => format === 'auto' || format === name);
  const match = candidates.find(([, matches]) => isRecord(doc) && matches(doc));
  if (!match) {
    throw new FeedError(
      'schema',
      format === 'auto'
        ? 'unrecognised feed: expected a status-banner feed ("version": 1), or Statuspage, incident.io or Instatus JSON'
        : `not a ${format} feed`,
    );
  }
  const { version } = doc as Doc;
  if (match[0] === 'native' && version !== 1) {
    throw new FeedError('version', `unsupported feed version ${JSON.stringify(version)}; this widget reads version 1`);
  }
  return match[0];
}

/** The feed's own `poll_interval`, seconds, when a native document gives a valid one. */
export function feedPollInterval(doc: unknown): number | undefined {
  const value = isRecord(doc) ? doc.poll_interval : undefined;
  return typeof value === 'number' && value >= 0 && value <= MAX_POLL_INTERVAL_S ? value : undefined;
}

export interface TriageOptions {
  /** The feed's "now", epoch ms. */
  now: number;
  /** Seconds a resolved notice stays after its resolution. */
  resolvedFor: number;
  /** Hours before a scheduled maintenance to announce it. */
  maintenanceNotice: number;
}

/** The lists of items, under every format's names. `components` is not one: an operational component shows nothing. */
const ITEM_LISTS = [
  'incidents',
  'maintenances',
  'scheduled_maintenances',
  'ongoing_incidents',
  'in_progress_maintenances',
  'activeIncidents',
  'activeMaintenances',
];
// Status words, lower-cased: Instatus writes them in capitals.
const OVER = ['completed'];
/** An open incident's words, in every format: it shows whatever times it carries. */
const OPEN = ['investigating', 'identified', 'monitoring'];
/** A window's words for "not begun yet": with no end, such a window is over a day after its start (OPEN_WINDOW_LIMIT). */
const NOT_BEGUN = ['scheduled', 'notstartedyet'];
/** A window's words for "under way", whatever its planned start says (started early). */
const RUNNING = ['in_progress', 'verifying', 'inprogress'];
const RESOLVED = ['resolved', 'postmortem'];

/**
 * The times among `values` the element can read (`epoch`: an impossible date such as 30 February is
 * none), reduced by `pick` (Math.max or Math.min); NaN when none is, which every check reads as
 * "could". Where formats name one time in several fields, the element reads one of them: triage
 * takes whichever errs towards showing.
 */
function time(pick: (...times: number[]) => number, ...values: unknown[]): number {
  const times = values.map(epoch).filter((ms) => ms !== undefined);
  return times.length ? pick(...times) : NaN;
}

/**
 * Whether a document could show anything now: an open incident, one resolved within `resolvedFor`,
 * a maintenance not yet ended and announced within `maintenanceNotice`, or a page-wide status
 * reporting trouble. One reading for every format, by field names: the formats name the same
 * things differently, never different things alike.
 */
export function couldShow(doc: unknown, { now, resolvedFor, maintenanceNotice }: TriageOptions): boolean {
  const d = doc as Doc;
  const indicator = isRecord(d.status) ? d.status.indicator : undefined;
  const pageStatus = isRecord(d.page) ? d.page.status : undefined;
  // `!(x <= y)` rather than `x > y`: an unreadable time (NaN) counts as "could be shown".
  const itemCouldShow = (item: Doc, list: string) => {
    const word = typeof item.status === 'string' ? item.status.toLowerCase() : '';
    if (OPEN.includes(word)) return true;
    if (OVER.includes(word)) return false;
    if (RESOLVED.includes(word)) {
      // The element dates a resolution by `resolved_at`, else by the newest update (each format names it differently):
      // the latest of them all is never earlier than the element's.
      const updates = items(item.updates ?? item.incident_updates).flatMap((update) => [update.at, update.display_at, update.created_at]);
      return !(
        time(Math.max, item.resolved_at, item.updated_at, item.updatedAt, item.last_update_at, ...updates) + resolvedFor * 1000 <=
        now
      );
    }
    // A planned start (a window's) can be too far ahead to announce; `started_at` says it began, and an incident's
    // or a running window's start ahead of this clock is the clock's error, never a reason to hide it.
    const planned = time(Math.min, item.starts_at, item.scheduled_for, item.start);
    const start = time(Math.max, item.starts_at, item.scheduled_for, item.start, item.started_at);
    const runs = RUNNING.includes(word) || list === 'in_progress_maintenances';
    const minutes = Number(item.duration);
    const end = time(Math.max, item.ends_at, item.scheduled_until, item.scheduled_end_at) || (minutes > 0 ? start + minutes * 60_000 : NaN);
    // The element's reading of a window with no end that never said it began (a native one has no word): a stale
    // announcement a day after its start, so it loads nothing for it.
    const stale =
      Number.isNaN(end) && (NOT_BEGUN.includes(word) || (list === 'maintenances' && word === '')) && now - start >= OPEN_WINDOW_LIMIT;
    return !(end <= now) && (runs || !(planned - maintenanceNotice * 3_600_000 > now)) && !stale;
  };
  return (
    (typeof indicator === 'string' && indicator !== '' && indicator !== 'none') ||
    pageStatus === 'HASISSUES' ||
    pageStatus === 'UNDERMAINTENANCE' ||
    ITEM_LISTS.some((list) => items(d[list]).some((item) => itemCouldShow(item, list)))
  );
}
