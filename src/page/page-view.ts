/**
 * What the fallback status page shows: the banner's view of every item (same selection, same
 * ETA honesty, same wording), widened to the whole picture, plus what only a page has room
 * for: each incident's timeline, its start and resolution times, and the failure notice.
 */
import type { FeedErrorDetail } from '../feed/errors.js';
import { representable, type Impact, type Incident, type IncidentStatus, type StatusModel } from '../feed/model.js';
import { BANNER, localize, PAGE, pickText, type PageStrings } from '../i18n/catalog.js';
import { resolutionTime, type ShownImpact, type ShownItem } from '../present/select.js';
import { formatAbsolute, formatRelative, refreshDelay, type TimeFormatOptions } from '../present/time.js';
import { buildView, type ItemView } from '../present/view.js';

const SECONDS_PER_DAY = 86_400;
/** A retry closer than this reads "in a moment": "in 0 minutes" or "now" would say it is happening already. */
const RETRY_SOON = 60_000;

/** A moment, ready for `<time datetime=iso>absolute</time> (relative)`. */
export interface TimeText {
  at: number;
  iso: string;
  absolute: string;
  relative: string;
}

export interface UpdateView {
  at: TimeText;
  /** Undefined, with an empty label, when the update states no status. */
  state?: IncidentStatus;
  stateLabel: string;
  message: string;
}

/** The banner's view of one item of a kind: title, state label, newest message, ETA, link. */
export type ItemViewOf<Kind extends ShownItem['kind']> = ItemView & { item: Extract<ShownItem, { kind: Kind }> };

export interface IncidentEntry {
  view: ItemViewOf<'incident'>;
  impact: Impact;
  impactLabel: string;
  started?: TimeText;
  resolved?: TimeText;
  /** Every update, newest first. */
  updates: UpdateView[];
}

export interface MaintenanceEntry {
  view: ItemViewOf<'maintenance'>;
  /** Absent when the source gives no start (a page that only says it is under maintenance). */
  starts?: TimeText;
  ends?: TimeText;
}

export interface PageView {
  strings: PageStrings;
  heading: string;
  /** One sentence on the whole situation, for the page's live region. */
  summary: string;
  /** The most severe thing going on, for the summary's accent. */
  summaryImpact: ShownImpact | 'none';
  current: IncidentEntry[];
  /** In progress first, then upcoming, soonest first. */
  maintenances: MaintenanceEntry[];
  /** Resolved within `recentDays`, most recently resolved first. */
  recent: IncidentEntry[];
  recentHeading: string;
  noRecent: string;
  feedUpdated?: TimeText;
  /** When the texts may next read differently without a new fetch, ms from now. */
  refreshIn: number;
}

export interface PageViewOptions extends TimeFormatOptions {
  /** The feed's "now" (local clock corrected for skew), epoch ms. */
  now: number;
  /** Days a resolved incident stays listed after its resolution. */
  recentDays: number;
}

/**
 * A moment as the page shows it; undefined for a time no Date can hold. An `event` (something that
 * happened) dated after now, by a clock behind, reads as now: never "in …". A `plan` (a window's
 * start or end) is said as it is.
 */
export function timeText(at: number | undefined, options: PageViewOptions, kind: 'event' | 'plan'): TimeText | undefined {
  const time = representable(at);
  if (time === undefined) return undefined;
  return {
    at: time,
    iso: new Date(time).toISOString(),
    absolute: formatAbsolute(time, options.now, options),
    relative: formatRelative(kind === 'event' ? Math.min(time, options.now) : time, options.now, options),
  };
}

/** One entry of an incident's timeline; undefined when its time cannot be placed. */
export function describeUpdate(update: Incident['updates'][number], options: PageViewOptions): UpdateView | undefined {
  const at = timeText(update.at, options, 'event');
  return (
    at && {
      at,
      state: update.status,
      stateLabel: update.status ? localize(BANNER, options.locale).states[update.status] : '',
      message: pickText(update.message, options.locale),
    }
  );
}

function describeIncident(view: IncidentEntry['view'], options: PageViewOptions): IncidentEntry {
  const { incident } = view.item;
  // Feeds say "newest first"; hosted pages are not always so tidy. The sort is stable for ties.
  const updates = [...incident.updates].sort((a, b) => b.at - a.at);
  return {
    view,
    impact: incident.impact,
    impactLabel: localize(PAGE, options.locale).impact[incident.impact],
    started: timeText(incident.startedAt ?? updates.at(-1)?.at, options, 'event'),
    resolved: incident.status === 'resolved' ? timeText(resolutionTime(incident), options, 'event') : undefined,
    updates: updates.map((update) => describeUpdate(update, options)).filter((update) => update !== undefined),
  };
}

function isIncidentView(view: ItemView): view is ItemViewOf<'incident'> {
  return view.item.kind === 'incident';
}

function isMaintenanceView(view: ItemView): view is ItemViewOf<'maintenance'> {
  return view.item.kind === 'maintenance';
}

/**
 * The whole picture, from the banner's own view of the model: `buildView` with every
 * maintenance announced and resolved incidents kept for `recentDays`, so that which items
 * count, their order and every ETA sentence are decided in one place for banner and page.
 */
export function buildPageView(model: StatusModel, options: PageViewOptions): PageView {
  const strings = localize(PAGE, options.locale);
  const banner = buildView(model, {
    ...options,
    resolvedFor: options.recentDays * SECONDS_PER_DAY,
    maintenanceNotice: Number.POSITIVE_INFINITY,
    components: [],
  });
  const items = banner.primary ? [banner.primary, ...banner.others] : [];
  const incidents = items.filter(isIncidentView).map((view) => describeIncident(view, options));
  const current = incidents.filter((entry) => !entry.resolved);
  const recent = incidents.filter((entry) => entry.resolved);
  const maintenances = items.filter(isMaintenanceView).map((view): MaintenanceEntry => {
    const { startsAt, endsAt } = view.item.maintenance;
    return { view, starts: timeText(startsAt, options, 'plan'), ends: timeText(endsAt, options, 'plan') };
  });
  const maintenanceRunning = maintenances.some((entry) => entry.view.state === 'in_progress');
  const feedUpdated = timeText(model.updatedAt, options, 'event');

  const shownTimes = [
    ...incidents.flatMap((entry) => [entry.started, entry.resolved, ...entry.updates.map((update) => update.at)]),
    ...maintenances.flatMap((entry) => [entry.starts, entry.ends]),
    feedUpdated,
  ].filter((time): time is TimeText => time !== undefined);
  const refreshIn = Math.min(banner.refreshIn, ...shownTimes.map((time) => refreshDelay(time.at, options.now)));

  return {
    strings,
    heading: strings.heading(model.page?.name),
    summary: current.length ? strings.incidentsOpen(current.length) : maintenanceRunning ? strings.maintenanceOpen : strings.allClear,
    // Incidents come most severe first, the order `selectItems` gives them.
    summaryImpact: current[0]?.impact ?? (maintenanceRunning ? 'maintenance' : 'none'),
    current,
    maintenances,
    recent,
    recentHeading: strings.recent(options.recentDays),
    noRecent: strings.noRecent(options.recentDays),
    feedUpdated,
    refreshIn: Math.max(1000, refreshIn),
  };
}

/** The last good read, as the poller reported it (local clock) and how far the feed's clock is ahead. */
export interface LastRead {
  receivedAt: number;
  clockOffset: number;
}

export interface FailureView {
  /** "Status unavailable: …" */
  message: string;
  /** Present when an older state is still shown: the sentence before the time it was read. */
  lastKnown?: { label: string; read: TimeText };
  /** The next attempt, when the poller planned one. */
  retry?: string;
  /** The technical reason, for whoever debugs the feed. */
  detail: string;
}

/** The notice shown while the feed cannot be read; `options.now` is on the feed's clock. */
export function describeFailure(error: FeedErrorDetail, lastRead: LastRead | undefined, options: PageViewOptions): FailureView {
  const strings = localize(PAGE, options.locale);
  const toFeedClock = (local: number) => local + (lastRead?.clockOffset ?? 0);
  const retryAt = error.retryAt === undefined ? undefined : toFeedClock(error.retryAt);
  const read = lastRead && timeText(toFeedClock(lastRead.receivedAt), options, 'event');
  return {
    message: strings.unavailable,
    lastKnown: read && { label: strings.lastKnown, read },
    retry:
      retryAt === undefined
        ? undefined
        : retryAt - options.now < RETRY_SOON
          ? strings.retrySoon
          : strings.retry(formatRelative(retryAt, options.now, options)),
    detail: error.message,
  };
}
