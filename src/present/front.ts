import { FRONT, localize } from '../i18n/catalog.js';
import { briefTime } from './brief.js';
import type { ShownItem } from './select.js';
import type { TimeFormatOptions } from './time.js';
import type { BannerView, ItemView } from './view.js';

/** The item the banner shows in full, among the current ones, and how to reach the others. */
export interface Front {
  shown: ItemView;
  /** The bar's short time (see briefTime). */
  brief: string;
  /** "2 of 3"; empty when there is one item. */
  position: string;
  /** Keys of the items before and after, in a circle. */
  previous: string;
  next: string;
  previousLabel: string;
  nextLabel: string;
}

/**
 * Which current item is in front: the one the user brought there (by key) while it is still
 * current, else the most important. Undefined when there is nothing to show.
 */
export function frontOf(view: BannerView, key: string | undefined, options: TimeFormatOptions & { now: number }): Front | undefined {
  const items = view.primary ? [view.primary, ...view.others] : [];
  const count = items.length;
  const index = Math.max(
    0,
    items.findIndex((item) => item.item.key === key),
  );
  const shown = items[index];
  if (!shown) return undefined;
  const strings = localize(FRONT, options.locale);
  const keyAt = (offset: number) => items[(index + offset + count) % count]?.item.key ?? shown.item.key;
  return {
    shown,
    brief: briefTime(shown.item, options),
    position: count > 1 ? strings.position(index + 1, count) : '',
    previous: keyAt(-1),
    next: keyAt(1),
    previousLabel: strings.previous,
    nextLabel: strings.next,
  };
}

/**
 * What the bar's open disclosure is remembered by: the item and what it says now (its stage and
 * its newest update). News starts it closed again: the bar is back to its one line, where the new
 * state and time show first.
 */
export function revision(item: ShownItem): string {
  if (item.kind === 'maintenance') return `${item.key}|${item.state}`;
  const { incident } = item;
  return `${item.key}|${item.state}|${incident.updates[0]?.at ?? incident.updatedAt}`;
}
