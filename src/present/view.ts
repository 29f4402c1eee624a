import type { StatusModel } from '../feed/model.js';
import { BANNER, localize, pickText } from '../i18n/catalog.js';
import { selectItems, type SelectOptions, type ShownImpact, type ShownItem, type ShownState } from './select.js';
import { formatAbsolute, formatRelative, refreshDelay, type TimeFormatOptions } from './time.js';

/** Everything the element renders, as plain text: feed text never becomes markup. */
export interface ItemView {
  item: ShownItem;
  impact: ShownImpact;
  state: ShownState;
  title: string;
  stateLabel: string;
  message: string;
  /** ETA, "taking longer than expected", next update, or maintenance window. */
  eta: string;
  updated: string;
  link?: { href: string; label: string };
}

export interface BannerView {
  primary?: ItemView;
  others: ItemView[];
  dismissLabel: string;
  /** When the texts may next change (relative times, windows opening or closing), ms from now. */
  refreshIn: number;
}

export type ViewOptions = SelectOptions & TimeFormatOptions;

const MAX_REFRESH = 3_600_000;

function describe(item: ShownItem, options: ViewOptions, times: number[]): ItemView {
  const { now, locale } = options;
  const strings = localize(BANNER, locale);
  const relative = (at: number) => {
    times.push(at);
    return formatRelative(at, now, options);
  };
  const when = (at: number) => [relative(at), formatAbsolute(at, now, options)] as const;
  const common = { item, impact: item.impact, state: item.state, stateLabel: strings.states[item.state] };

  if (item.kind === 'maintenance') {
    const { maintenance } = item;
    const edge = item.state === 'scheduled' ? maintenance.startsAt : maintenance.endsAt;
    times.push(maintenance.startsAt, ...(maintenance.endsAt === undefined ? [] : [maintenance.endsAt]));
    return {
      ...common,
      title: pickText(maintenance.title, locale),
      message: pickText(maintenance.message, locale),
      eta: edge === undefined ? '' : (item.state === 'scheduled' ? strings.startsAt : strings.endsAt)(...when(edge)),
      updated: '',
      link: maintenance.url ? { href: maintenance.url, label: strings.details } : undefined,
    };
  }

  const { incident } = item;
  const resolved = incident.status === 'resolved';
  const eta: string[] = [];
  if (!resolved) {
    const { expectedResolutionAt: expected, nextUpdateAt: next } = incident;
    if (expected !== undefined && expected > now) eta.push(strings.eta(...when(expected)));
    else if (expected !== undefined) eta.push(strings.overdue);
    // A promised update that is already late is not repeated: it would read as a time in the past.
    if (next !== undefined && next > now) eta.push(strings.nextUpdate(...when(next)));
  } else if (incident.resolvedAt !== undefined) {
    times.push(incident.resolvedAt + options.resolvedFor * 1000);
  }
  const latest = incident.updates[0];
  const linkHref = (resolved && incident.postmortemUrl) || incident.url;
  return {
    ...common,
    title: pickText(incident.title, locale),
    message: pickText(latest?.message, locale) || (resolved ? strings.resolved : ''),
    eta: eta.join(' '),
    updated: strings.updated(relative(latest?.at ?? incident.updatedAt)),
    link: linkHref ? { href: linkHref, label: resolved && incident.postmortemUrl ? strings.postmortem : strings.details } : undefined,
  };
}

/** What to show now and when to look again; pure, so every rule is testable without a browser. */
export function buildView(model: StatusModel, options: ViewOptions): BannerView {
  const strings = localize(BANNER, options.locale);
  const times: number[] = [];
  const [primary, ...others] = selectItems(model, options).map((item) => describe(item, options, times));
  const refreshIn = Math.min(
    MAX_REFRESH,
    ...times.map((at) => (at > options.now ? Math.min(at - options.now, refreshDelay(at, options.now)) : refreshDelay(at, options.now))),
  );
  return {
    primary,
    others,
    dismissLabel: strings.dismiss,
    refreshIn: Math.max(1000, refreshIn),
  };
}
