/**
 * The shape of one locale's UI strings. Every locale file (en.ts, fr.ts…) exports one object per
 * section below, so that a bundle keeps only the sections it uses: the banner's chunk never
 * carries the fallback page's sentences. Functions take already formatted times: relative
 * ("in 40 minutes") and absolute ("10:30").
 */
import type { Impact, IncidentStatus } from '../feed/model.js';

/** What `<status-banner>` says around the feed's own words. */
export interface BannerStrings {
  states: Record<IncidentStatus | 'scheduled' | 'in_progress', string>;
  eta(relative: string, absolute: string): string;
  overdue: string;
  nextUpdate(relative: string, absolute: string): string;
  updated(relative: string): string;
  resolved: string;
  /** The label of a page-wide notice, whose page states no incident status: neutral, never a status word. */
  notice: string;
  startsAt(relative: string, absolute: string): string;
  /** A scheduled window: its start, and its end as a clock time (with its date only when another day). */
  window(relative: string, absolute: string, end: string): string;
  endsAt(relative: string, absolute: string): string;
  /** When an incident with no dated update, or a window with no end, started. */
  started(relative: string, absolute: string): string;
  details: string;
  postmortem: string;
  dismiss: string;
}

/**
 * What the banner says around the item in front, and the page never does: its short time in the
 * bar, its place among the current items, and the buttons to the others.
 */
export interface FrontStrings {
  /** The bar's one-line times, each taking an absolute time ("10:20", or with its date when not today). */
  short: {
    eta(absolute: string): string;
    overdue: string;
    nextUpdate(absolute: string): string;
    startsAt(absolute: string): string;
    endsAt(absolute: string): string;
  };
  /** Where the item in front stands among the current ones: "1 of 3". */
  position(index: number, count: number): string;
  /** Accessible names of the buttons that bring the previous or next item to the front. */
  previous: string;
  next: string;
}

/** What only the fallback status page (`<status-page>`) says. */
export interface PageStrings {
  /** The page's main heading, with the feed's page name when it has one. */
  heading(pageName: string | undefined): string;
  loading: string;
  allClear: string;
  /** Summary when incidents are open: "2 incidents in progress." */
  incidentsOpen(count: number): string;
  maintenanceOpen: string;
  /** The feed could not be read: with no state at all, or with the last known one still shown below. */
  unavailable: string;
  lastKnown: string;
  /** The poller's next attempt, as a relative time ("in 2 minutes"), or within the minute. */
  retry(relative: string): string;
  retrySoon: string;
  current: string;
  noCurrent: string;
  maintenance: string;
  noMaintenance: string;
  recent(days: number): string;
  noRecent(days: number): string;
  /** Accessible name of an incident's list of updates. */
  updates: string;
  impact: Record<Impact, string>;
  started: string;
  resolvedAt: string;
  starts: string;
  ends: string;
  feedUpdated: string;
  feedLink: string;
}

/** Titles the hosted-page adapters give a page-wide signal that names no incident or window. */
export interface NoticeStrings {
  servicesDisrupted: string;
  maintenanceUnderWay: string;
}

/** The built-in samples of `preview` (drills, design work): sample feed text, not UI. */
export interface SampleStrings {
  incidentTitle: string;
  messages: Record<IncidentStatus, string>;
  maintenanceTitle: string;
  maintenanceMessage: string;
}
