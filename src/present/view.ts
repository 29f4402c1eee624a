import { representable, type StatusModel } from '../feed/model.js';
import { BANNER, localize, pickText } from '../i18n/catalog.js';
import { resolutionTime, selectItems, type SelectOptions, type ShownImpact, type ShownItem, type ShownState } from './select.js';
import { formatAbsolute, formatRelative, refreshDelay, type TimeFormatOptions } from './time.js';

/** A moment a text mentions in relative words ("5 minutes ago"), as formatted: what tests hold the tenses to. */
export interface Moment {
  at: number;
  /** `past`: never after now (a past event dated later, by a clock behind, reads as now); `future`: always after now. */
  tense: 'past' | 'future';
}

/** Everything the element renders, as plain text: feed text never becomes markup. */
export interface ItemView {
  item: ShownItem;
  impact: ShownImpact;
  /** Undefined for a page-wide notice: its page states no incident status. */
  state?: ShownState;
  title: string;
  /** The state's label, or for a page-wide notice a neutral "Current status". */
  stateLabel: string;
  message: string;
  /** ETA, "taking longer than expected", next update, or the maintenance window. */
  eta: string;
  /** How old the message is ("Updated 5 minutes ago"), or, with no dated update, when the incident started. */
  updated: string;
  link?: { href: string; label: string };
  /** Every moment `eta` and `updated` mention in relative words. */
  moments: Moment[];
}

export interface BannerView {
  primary?: ItemView;
  others: ItemView[];
  dismissLabel: string;
  /** When the texts may next change (relative times, windows opening or closing), ms from now. */
  refreshIn: number;
}

export type ViewOptions = SelectOptions & TimeFormatOptions;

const MINUTE = 60_000;
const MAX_REFRESH = 60 * MINUTE;
/**
 * A maintenance text older than this says how old it is. An operator writes relative words ("will
 * begin in 60 minutes", "about an hour") that age while the banner's own times stay exact; within
 * ten minutes the drift is under the rounding such words carry, past it the two visibly disagree.
 * Incidents always say how old their message is ("Updated 5 minutes ago").
 */
export const MESSAGE_AGE_SHOWN_AFTER = 10 * MINUTE;

/** The banner's view of one item; `wake` collects the times at which its texts or its state may change. */
function describe(item: ShownItem, options: ViewOptions, wake: number[]): ItemView {
  const { now, locale } = options;
  const strings = localize(BANNER, locale);
  const moments: Moment[] = [];
  const relative = (at: number, tense: Moment['tense']) => {
    const moment = { at: tense === 'past' ? Math.min(at, now) : at, tense };
    moments.push(moment);
    wake.push(moment.at);
    return formatRelative(moment.at, now, options);
  };
  /** Relative and absolute words for a moment: the absolute one is always the source's own time. */
  const when = (at: number, tense: Moment['tense']) => [relative(at, tense), formatAbsolute(at, now, options)] as const;
  const common = { item, impact: item.impact, state: item.state, stateLabel: item.state ? strings.states[item.state] : strings.notice };

  if (item.kind === 'maintenance') {
    const { maintenance } = item;
    const startsAt = representable(maintenance.startsAt);
    const endsAt = representable(maintenance.endsAt);
    const message = pickText(maintenance.message, locale);
    const messageAt = representable(maintenance.messageAt);
    let eta = '';
    // Scheduled: the start is known and ahead (maintenanceState); in progress: the end, if known, is ahead.
    if (item.state === 'scheduled' && startsAt !== undefined) {
      // The end's date is only repeated when it falls on another day than the start.
      eta =
        endsAt === undefined
          ? strings.startsAt(...when(startsAt, 'future'))
          : strings.window(...when(startsAt, 'future'), formatAbsolute(endsAt, startsAt, options));
    } else if (endsAt !== undefined) eta = strings.endsAt(...when(endsAt, 'future'));
    else if (startsAt !== undefined && startsAt <= now) eta = strings.started(...when(startsAt, 'past'));
    const dated = message !== '' && messageAt !== undefined;
    const updated = dated && now - messageAt > MESSAGE_AGE_SHOWN_AFTER ? strings.updated(relative(messageAt, 'past')) : '';
    wake.push(...[startsAt, endsAt, dated ? messageAt + MESSAGE_AGE_SHOWN_AFTER : undefined].filter((at) => at !== undefined));
    return {
      ...common,
      title: pickText(maintenance.title, locale),
      message,
      eta,
      updated,
      link: maintenance.url ? { href: maintenance.url, label: strings.details } : undefined,
      moments,
    };
  }

  const { incident } = item;
  const resolved = incident.status === 'resolved';
  const eta: string[] = [];
  if (!resolved) {
    const expected = representable(incident.expectedResolutionAt);
    const next = representable(incident.nextUpdateAt);
    if (expected !== undefined && expected > now) eta.push(strings.eta(...when(expected, 'future')));
    else if (expected !== undefined) eta.push(strings.overdue);
    // A promised update that is already late is not repeated: it would read as a time in the past.
    if (next !== undefined && next > now) eta.push(strings.nextUpdate(...when(next, 'future')));
  } else {
    const resolvedAt = resolutionTime(incident);
    if (resolvedAt !== undefined) wake.push(resolvedAt + options.resolvedFor * 1000);
  }
  const latest = incident.updates[0];
  const updatedAt = representable(latest?.at ?? incident.updatedAt);
  const startedAt = representable(incident.startedAt);
  const linkHref = (resolved && incident.postmortemUrl) || incident.url;
  return {
    ...common,
    title: pickText(incident.title, locale),
    message: pickText(latest?.message, locale) || (resolved ? strings.resolved : ''),
    eta: eta.join(' '),
    updated:
      updatedAt !== undefined
        ? strings.updated(relative(updatedAt, 'past'))
        : startedAt !== undefined
          ? strings.started(...when(startedAt, 'past'))
          : '',
    link: linkHref ? { href: linkHref, label: resolved && incident.postmortemUrl ? strings.postmortem : strings.details } : undefined,
    moments,
  };
}

/** What to show now and when to look again; pure, so every rule is testable without a browser. */
export function buildView(model: StatusModel, options: ViewOptions): BannerView {
  const strings = localize(BANNER, options.locale);
  const wake: number[] = [];
  const [primary, ...others] = selectItems(model, options).map((item) => describe(item, options, wake));
  const refreshIn = Math.min(
    MAX_REFRESH,
    ...wake.map((at) => (at > options.now ? Math.min(at - options.now, refreshDelay(at, options.now)) : refreshDelay(at, options.now))),
  );
  return {
    primary,
    others,
    dismissLabel: strings.dismiss,
    refreshIn: Math.max(1000, refreshIn),
  };
}
