/**
 * The height an in-flow banner last had, kept per feed and place so that on the next page load the
 * loader can reserve it before the first paint: the banner then arrives, with the element chunk,
 * into its own space, and the host's content does not move (CLS 0). An overlay (`bottom`, or `top`
 * with `overlay`) covers the page instead and reserves nothing.
 */
import { PROTOCOL } from '../poll/environment.js';
import { readItem, writeItem, type KeyValueStorage } from '../storage.js';
import { resolveLayout } from './appearance.js';

/** Set by the loader on an element whose height it holds open; the element removes it, and the hold, once it renders. */
export const RESERVED = 'data-reserved';

/** A height no banner exceeds: anything larger in storage is not ours to trust. */
const MAX_HEIGHT = 600;

/** Where a banner's height is kept, or undefined for an overlay. `src` is the feed's absolute URL. */
export function reservedHeightKey(src: string, position: string | null, layout: string | null, overlay: boolean): string | undefined {
  if (position === 'bottom' || (position === 'top' && overlay)) return undefined;
  return `${PROTOCOL}:${src}:height:${position === 'top' ? 'top' : 'inline'}:${resolveLayout(layout, position)}`;
}

/** The kept height, px, when it is a sound one. */
export function readReservedHeight(storage: KeyValueStorage | undefined, key: string): number | undefined {
  const height = Number(readItem(storage, key) ?? NaN);
  return height > 0 && height <= MAX_HEIGHT ? height : undefined;
}

/** Keeps a sound height; without storage (or with a full one) the next load reserves nothing. */
export function saveReservedHeight(storage: KeyValueStorage | undefined, key: string, height: number): void {
  if (height > 0 && height <= MAX_HEIGHT) writeItem(storage, key, String(height));
}
