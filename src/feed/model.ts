/**
 * StatusModel: the one normalized shape every adapter returns and every
 * presenter reads. Times are epoch milliseconds so a model survives
 * structured cloning (BroadcastChannel) and compares cheaply.
 */

/** How much an incident affects users, least first. */
export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
/** `none`, `minor`, `major` or `critical`: the feed's `impact`. */
export type Impact = (typeof IMPACTS)[number];

/** The stages of an incident, in order. */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
/** `investigating`, `identified`, `monitoring` or `resolved`: the feed's `status`. */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'completed';

/** A plain string, or BCP 47 tag → string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** One update of an incident: when (epoch ms), the stage it announced, and its message. */
export interface IncidentUpdate {
  at: number;
  /** As the source states it; undefined when an update says none (it is not given its incident's). */
  status?: IncidentStatus;
  message: LocalizedText;
}

/**
 * An incident as the banner reads it, whatever the source format. Times are epoch milliseconds;
 * `expectedResolutionAt` is the ETA and `nextUpdateAt` the promised next update.
 */
export interface Incident {
  id: string;
  title: LocalizedText;
  impact: Impact;
  /**
   * As the source states it. Undefined for a page-wide notice (an overall indicator that no listed
   * incident explains): its page gives no incident status, so the banner names none.
   */
  status?: IncidentStatus;
  startedAt?: number;
  /**
   * When the source last said something about the incident: its newest update, or an update time it
   * states. Undefined when it does not say; never a system's touch of its record (Instatus's `updatedAt`).
   */
  updatedAt?: number;
  resolvedAt?: number;
  expectedResolutionAt?: number;
  nextUpdateAt?: number;
  /** Component ids and names, both, so the `components` filter matches either. */
  components: string[];
  /** Only ever an http(s) URL: adapters drop anything else. */
  url?: string;
  postmortemUrl?: string;
  /** Newest first. */
  updates: IncidentUpdate[];
}

/** A maintenance window: scheduled before `startsAt`, in progress until `endsAt`, then gone. */
export interface Maintenance {
  id: string;
  title: LocalizedText;
  message?: LocalizedText;
  /** When `message` was posted, when the source says: an operator's "in 60 minutes" ages. */
  messageAt?: number;
  /** Undefined when the source gives no start (a page that only says it is under maintenance). */
  startsAt?: number;
  endsAt?: number;
  /** The source's word, when it has one; the clock decides where it can (present/select.ts). */
  status?: MaintenanceStatus;
  components: string[];
  url?: string;
}

/**
 * What a feed says, in the one shape every presenter reads: `parseFeed`'s `model`, and the `detail`
 * of `status-banner-change`.
 */
export interface StatusModel {
  updatedAt?: number;
  page?: { name?: string; url?: string };
  /** Seconds, as the feed asked; the poller clamps it. */
  pollInterval?: number;
  incidents: Incident[];
  maintenances: Maintenance[];
}

/** Something in a document that was dropped without rejecting the whole document. */
export interface FeedProblem {
  path: string;
  message: string;
}

/** What `parseFeed` returns: the model of the valid items, and what was dropped. */
export interface ParseResult {
  model: StatusModel;
  problems: FeedProblem[];
}

export const IMPACT_RANK: Readonly<Record<Impact, number>> = { none: 0, minor: 1, major: 2, critical: 3 };

/** Returns the URL only when it is absolute http(s); feed links are never trusted further. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** Largest distance from the epoch a Date can hold, ms (±100,000,000 days). */
const MAX_TIME = 8.64e15;

/**
 * The time itself when a Date can hold it, else undefined: absent, NaN, or computed past the range
 * (start + duration can overflow). Intl throws on such a time, so every formatted time goes through here.
 */
export function representable(ms: number | undefined): number | undefined {
  // NaN, and so an absent time, is never within range.
  return Math.abs(ms ?? NaN) <= MAX_TIME ? ms : undefined;
}

/** An ISO 8601 date and time: its calendar fields (the year may be an extended `±YYYYYY`), then `Z` or the offset. */
const ISO_FIELDS = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|([+-])(\d\d):?(\d\d))$/i;

/**
 * Parses a time to epoch ms; undefined when absent or unreadable. An ISO 8601 time must name a
 * real moment: Date.parse rolls impossible fields over (30 February becomes 2 March, 24:00 the
 * next day), which would show a date the feed never gave.
 */
export function epoch(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const fields = ISO_FIELDS.exec(value);
  if (!fields) return ms;
  const offsetMinutes = fields[6] ? Number(`${fields[6]}1`) * (Number(fields[7]) * 60 + Number(fields[8])) : 0;
  const local = new Date(ms + offsetMinutes * 60_000);
  const read = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes()];
  return read.every((field, index) => field === Number(fields[index + 1])) ? ms : undefined;
}
