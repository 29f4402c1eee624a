import { FRONT, localize } from '../i18n/catalog.js';
import type { ShownItem } from './select.js';
import { formatAbsolute, type TimeFormatOptions } from './time.js';

/**
 * The bar's one time, as short as the line allows: the fix expected, else the promised next
 * update, for an incident; the start of a scheduled window, the end of one in progress. Clock
 * times only, so it never needs a re-render to stay true, except when the ETA passes (the view
 * already wakes then). The full sentences stay behind the bar's disclosure.
 */
export function briefTime(item: ShownItem, options: TimeFormatOptions & { now: number }): string {
  const { now } = options;
  const short = localize(FRONT, options.locale).short;
  /** A phrase around a clock time; none when the time cannot be written. */
  const at = (time: number | undefined, phrase: (absolute: string) => string) => {
    const absolute = time === undefined ? '' : formatAbsolute(time, now, options);
    return absolute && phrase(absolute);
  };
  if (item.kind === 'maintenance') {
    const { startsAt, endsAt } = item.maintenance;
    return item.state === 'scheduled' ? at(startsAt, short.startsAt) : at(endsAt, short.endsAt);
  }
  const { status, expectedResolutionAt: expected, nextUpdateAt: next } = item.incident;
  if (status === 'resolved') return '';
  if (expected !== undefined && expected <= now) return short.overdue;
  return at(expected, short.eta) || (next !== undefined && next > now ? at(next, short.nextUpdate) : '');
}
