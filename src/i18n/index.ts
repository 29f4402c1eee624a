import { en } from './en.js';
import { fr } from './fr.js';
import type { UiStrings } from './strings.js';

export type { UiStrings } from './strings.js';

const CATALOG: Readonly<Record<string, UiStrings>> = { en, fr };

export const SUPPORTED_LOCALES = /* @__PURE__ */ Object.keys(CATALOG);

/** A catalog's entry for a BCP 47 tag: exact tag (lower-case keys), then its language; undefined when neither exists. */
export function catalogEntry<Entry>(catalog: Readonly<Record<string, Entry>>, locale: string): Entry | undefined {
  const tag = locale.toLowerCase();
  // Own keys only: `locale="constructor"` must not find Object's built-ins.
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(catalog, key) ? catalog[key] : undefined);
  return own(tag) ?? own(tag.split('-')[0] ?? '');
}

/** UI strings for a BCP 47 tag: exact tag, then its language, then English. */
export function stringsFor(locale: string): UiStrings {
  return catalogEntry(CATALOG, locale) ?? en;
}

/**
 * Picks the feed text for a locale: exact tag, then language, then `en`, then the first.
 * Tags compare case-insensitively because feeds are hand-written.
 */
export function pickText(text: string | Readonly<Record<string, string>> | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const byTag = new Map(Object.entries(text).map(([tag, value]) => [tag.toLowerCase(), value]));
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0] ?? '';
  const languageMatch = [...byTag].find(([candidate]) => candidate.split('-')[0] === language)?.[1];
  return byTag.get(tag) ?? languageMatch ?? byTag.get('en') ?? byTag.values().next().value ?? '';
}
