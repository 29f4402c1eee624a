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
  status: IncidentStatus;
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
  status: IncidentStatus;
  startedAt?: number;
  updatedAt: number;
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
  startsAt: number;
  endsAt?: number;
  /** Set when the source says so explicitly; otherwise derived from the clock. */
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
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Largest distance from the epoch a Date can hold, ms (±100,000,000 days). */
const MAX_TIME = 8.64e15;

/** The time itself when a Date can hold it, else undefined (computed times such as start + duration can overflow). */
export function representable(ms: number): number | undefined {
  return Math.abs(ms) <= MAX_TIME ? ms : undefined;
}

/** Parses an ISO 8601 time to epoch ms; undefined when absent or unreadable. */
export function epoch(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
