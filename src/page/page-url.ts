/**
 * What the status page's own URL may ask for: `?src=` (another feed) and `?lang=`.
 * Pure functions of the page's address, so that the rules are tested without a browser.
 */

/**
 * The feed named by `?src=`, absolute, when it is on the page's own origin; otherwise undefined.
 * Same origin only: a status page on the company's own domain must not show whatever feed a
 * link points it at (a forged "critical incident, reset your password here"). Cross-origin
 * feeds go in the element's `src` attribute, which only the page's owner writes.
 */
export function feedFromPageUrl(pageHref: string): string | undefined {
  const page = new URL(pageHref);
  const requested = page.searchParams.get('src');
  if (!requested) return undefined;
  try {
    const feed = new URL(requested, page);
    return feed.origin === page.origin && (feed.protocol === 'http:' || feed.protocol === 'https:') ? feed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The BCP 47 tag named by `?lang=`, canonicalised; undefined when absent or not a valid tag. */
export function localeFromPageUrl(pageHref: string): string | undefined {
  const requested = new URL(pageHref).searchParams.get('lang');
  if (!requested) return undefined;
  try {
    return Intl.getCanonicalLocales(requested)[0];
  } catch {
    return undefined;
  }
}
