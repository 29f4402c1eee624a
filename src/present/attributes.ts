/**
 * What `<status-banner>`'s attributes mean before any of the element's code runs: their defaults
 * and the preview switch. One definition, read by the element, by the loader (which triages feeds
 * before the element chunk exists) and by the CLI (which shows what users see).
 */

export const ATTRIBUTE_DEFAULTS = {
  /** Seconds between polls. */
  interval: 60,
  /** Seconds a resolved notice stays after its resolution. */
  resolvedFor: 3600,
  /** Hours before a scheduled maintenance to announce it. */
  maintenanceNotice: 24,
} as const;

/** The fallback page's `recent-days`: days a resolved incident stays listed. The CLI never archives sooner. */
export const DEFAULT_RECENT_DAYS = 7;

export const PREVIEW_STATES = ['investigating', 'identified', 'monitoring', 'resolved', 'maintenance'] as const;
export type PreviewState = (typeof PREVIEW_STATES)[number];

export function isPreviewState(value: unknown): value is PreviewState {
  return (PREVIEW_STATES as readonly unknown[]).includes(value);
}

/** The preview in force: the `preview` attribute, else the page URL's `?status-banner-preview=`. */
export function previewState(attribute: string | null, pageSearch: string | undefined): PreviewState | undefined {
  if (isPreviewState(attribute)) return attribute;
  const fromUrl = new URLSearchParams(pageSearch).get('status-banner-preview');
  return isPreviewState(fromUrl) ? fromUrl : undefined;
}
