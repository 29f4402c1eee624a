/**
 * How `<status-banner>` looks on its host, decided from its attributes and what the host says:
 * which layout, which colour scheme, and what the document learns of the banner's height. Pure,
 * so every rule has a test; the element only reads the page and applies the answers.
 */

export type Position = 'inline' | 'top' | 'bottom';
export type Layout = 'bar' | 'card';
export type Scheme = 'light' | 'dark';

/** `layout="auto"` (or anything unknown): a bar where the banner spans the page, a card inline. */
export function resolveLayout(layout: string | null, position: string | null): Layout {
  if (layout === 'bar' || layout === 'card') return layout;
  return position === 'top' || position === 'bottom' ? 'bar' : 'card';
}

/**
 * `theme="auto"` follows the host: the `color-scheme` computed on the element, when it names one
 * scheme alone (`light`, `only dark`); else, when it names both or none (`normal`, the default of a
 * page that says nothing), the reader's `prefers-color-scheme`.
 */
export function resolveScheme(theme: string | null, hostColorScheme: string, prefersDark: boolean): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const words = hostColorScheme.split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (light !== dark) return dark ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

/**
 * The document's `--status-banner-block-size` while the banner sits at the top or bottom (its
 * height, unrounded so that a header placed by it meets the banner exactly; `0px` when it shows nothing), so a fixed header or footer can make room; undefined for
 * an inline banner, which takes its place in the flow like any element, and then the property is removed.
 */
export function blockSize(position: string | null, height: number): string | undefined {
  return position === 'top' || position === 'bottom' ? `${height}px` : undefined;
}
