/**
 * Every UI string, looked up one way. A locale is one file (`en.ts`, `fr.ts`…) exporting one object
 * per section; the tables below gather each section across locales, so a bundle that only reads
 * `BANNER` keeps no page sentence. Adding a locale: write its file, add it to the five tables.
 */
import type { LocalizedText } from '../feed/model.js';
import * as de from './de.js';
import * as en from './en.js';
import * as es from './es.js';
import * as fr from './fr.js';
import type { BannerStrings, FrontStrings, NoticeStrings, PageStrings, SampleStrings } from './strings.js';

export type { BannerStrings, FrontStrings, NoticeStrings, PageStrings, SampleStrings } from './strings.js';

/** One section of the UI strings, by lower-case BCP 47 tag; `en` is always there. */
export type Catalog<Strings> = Readonly<Record<string, Strings>> & { readonly en: Strings };

export const BANNER: Catalog<BannerStrings> = { en: en.banner, fr: fr.banner, de: de.banner, es: es.banner };
export const FRONT: Catalog<FrontStrings> = { en: en.front, fr: fr.front, de: de.front, es: es.front };
export const PAGE: Catalog<PageStrings> = { en: en.page, fr: fr.page, de: de.page, es: es.page };
export const NOTICES: Catalog<NoticeStrings> = { en: en.notices, fr: fr.notices, de: de.notices, es: es.notices };
export const SAMPLES: Catalog<SampleStrings> = { en: en.samples, fr: fr.samples, de: de.samples, es: es.samples };

export const SUPPORTED_LOCALES = /* @__PURE__ */ Object.keys(BANNER);

/** The strings of a section for a BCP 47 tag: exact tag, then its language, then English. */
export function localize<Strings>(catalog: Catalog<Strings>, locale: string): Strings {
  const tag = locale.toLowerCase();
  // Own keys only: `locale="constructor"` must not find Object's built-ins.
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(catalog, key) ? catalog[key] : undefined);
  return own(tag) ?? own(tag.split('-')[0] ?? '') ?? catalog.en;
}

/**
 * One string in every supported language, as feed text (`{ en: …, fr: … }`): the words an adapter or
 * a sample puts into a model, which `pickText` then picks in the reader's language.
 */
export function inEveryLocale<Strings>(catalog: Catalog<Strings>, pick: (strings: Strings) => string): LocalizedText {
  return Object.fromEntries(Object.entries(catalog).map(([tag, strings]) => [tag, pick(strings)]));
}

/**
 * The locale a host element speaks: the first usable of its `locale` attribute, what its page asks
 * for, the nearest `lang` around it, the browser's language, else English. One rule for both elements.
 */
export function chooseLocale(...candidates: (string | null | undefined)[]): string {
  return candidates.find((candidate): candidate is string => !!candidate) ?? 'en';
}

/**
 * Picks the feed text for a locale: exact tag, then language, then `en`, then the first.
 * Tags compare case-insensitively because feeds are hand-written.
 */
export function pickText(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const byTag = new Map(Object.entries(text).map(([tag, value]) => [tag.toLowerCase(), value]));
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0] ?? '';
  const languageMatch = [...byTag].find(([candidate]) => candidate.split('-')[0] === language)?.[1];
  return byTag.get(tag) ?? languageMatch ?? byTag.get('en') ?? byTag.values().next().value ?? '';
}
