/**
 * What the loader knows of feeds, without zod: which format a document is, and whether anything
 * in it could be shown. It errs on the side of "could": a yes costs the element chunk's download,
 * a wrong no would hide an incident. The adapters (feed/adapters/) then read the document for real.
 */
import { FeedError } from './errors.js';

export const FEED_FORMATS = ['auto', 'native', 'statuspage', 'incidentio', 'instatus'] as const;
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
 * Cheap shape tests, in the order `auto` tries them, with what each format is in words for errors.
 * Native goes first: only it has `version`. The hosted shapes do not overlap: Statuspage needs a
 * `page` object with `status`, `incidents` or `scheduled_maintenances`; incident.io has
 * `ongoing_incidents` or `in_progress_maintenances`; Instatus has `activeIncidents` or `activeMaintenances`.
 */
const FORMAT_SHAPES: readonly [DocumentFormat, string, (doc: Doc) => boolean][] = [
  ['native', 'a status-banner feed ("version": 1)', (doc) => 'version' in doc],
  [
    'statuspage',
    'Statuspage API v2 JSON',
    (doc) => isRecord(doc.page) && (isRecord(doc.status) || Array.isArray(doc.incidents) || Array.isArray(doc.scheduled_maintenances)),
  ],
  [
    'incidentio',
    'an incident.io widget API summary',
    (doc) => Array.isArray(doc.ongoing_incidents) || Array.isArray(doc.in_progress_maintenances),
  ],
  ['instatus', 'an Instatus summary.json', (doc) => Array.isArray(doc.activeIncidents) || Array.isArray(doc.activeMaintenances)],
];

/**
 * The format of a decoded document: the requested one when it matches, or the first that matches
 * under `auto`. Throws FeedError `version` for a native feed of another version, `schema` otherwise.
 */
export function recognise(doc: unknown, format: FeedFormat = 'auto'): DocumentFormat {
  const candidates = FORMAT_SHAPES.filter(([name]) => format === 'auto' || format === name);
  const match = candidates.find(([, , matches]) => isRecord(doc) && matches(doc));
  if (!match) {
    const expected = candidates.map(([name, label]) => `${label} (format "${name}")`).join(', or ');
    throw new FeedError('schema', `${format === 'auto' ? 'unrecognised feed' : `not a ${format} feed`}: expected ${expected}`);
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
  return typeof value === 'number' && value >= 0 && value <= 900 ? value : undefined;
}

export interface TriageOptions {
  /** The feed's "now", epoch ms. */
  now: number;
  /** Seconds a resolved notice stays after its resolution. */
  resolvedFor: number;
  /** Hours before a scheduled maintenance to announce it. */
  maintenanceNotice: number;
}

/** Epoch ms of a time field; NaN when absent or unreadable, which every check below reads as "could". */
function time(value: unknown): number {
  return typeof value === 'string' ? Date.parse(value) : NaN;
}

/**
 * Whether a document could show anything now: an open incident, one resolved within `resolvedFor`,
 * a maintenance not yet ended and announced within `maintenanceNotice`, or a page-wide status
 * reporting trouble. `format` is what `recognise` returned.
 */
export function couldShow(doc: unknown, format: DocumentFormat, { now, resolvedFor, maintenanceNotice }: TriageOptions): boolean {
  const d = doc as Doc;
  const page = isRecord(d.page) ? d.page : {};
  // `!(x <= y)` rather than `x > y`: an unreadable time (NaN) counts as "could be shown".
  const resolvedLately = (at: unknown) => !(time(at) + resolvedFor * 1000 <= now);
  const windowOpen = (start: unknown, end: unknown) => !(time(end) <= now) && !(time(start) - maintenanceNotice * 3_600_000 > now);

  if (format === 'native') {
    return (
      items(d.incidents).some(
        (incident) => incident.status !== 'resolved' || resolvedLately(incident.resolved_at ?? incident.updated_at),
      ) || items(d.maintenances).some((maintenance) => windowOpen(maintenance.starts_at, maintenance.ends_at))
    );
  }
  if (format === 'statuspage') {
    const indicator = isRecord(d.status) ? d.status.indicator : undefined;
    return (
      (typeof indicator === 'string' && indicator !== '' && indicator !== 'none') ||
      [...items(d.incidents), ...items(d.scheduled_maintenances)].some((item) =>
        item.status === 'resolved' || item.status === 'postmortem'
          ? resolvedLately(item.resolved_at ?? item.updated_at)
          : item.status === 'completed'
            ? false
            : 'scheduled_for' in item
              ? windowOpen(item.scheduled_for, item.scheduled_until)
              : true,
      )
    );
  }
  if (format === 'incidentio') {
    return (
      items(d.ongoing_incidents).length > 0 ||
      items(d.in_progress_maintenances).length > 0 ||
      items(d.scheduled_maintenances).some((maintenance) => windowOpen(maintenance.starts_at, maintenance.ends_at))
    );
  }
  return (
    page.status === 'HASISSUES' ||
    page.status === 'UNDERMAINTENANCE' ||
    items(d.activeIncidents).length > 0 ||
    items(d.activeMaintenances).some((maintenance) => maintenance.status !== 'COMPLETED')
  );
}
