import { describe, expect, it } from 'vitest';
import {
  BANNER,
  chooseLocale,
  FRONT,
  inEveryLocale,
  localize,
  NOTICES,
  PAGE,
  pickText,
  SAMPLES,
  SUPPORTED_LOCALES,
  type Catalog,
} from '../../../src/i18n/catalog.js';

const SECTIONS = { BANNER, FRONT, PAGE, NOTICES, SAMPLES } as Record<string, Catalog<object>>;

/** Every key path of a strings object, with the kind of value and, for functions, their arity. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} fn/${value.length}`];
  if (typeof value === 'string') return [`${path} string`];
  return Object.entries(value as object).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
}

/** Every string a strings object can produce, calling its functions with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [1, 3].map((count) => String((value as (...args: unknown[]) => unknown)(count, 'X')));
  return Object.values(value as object).flatMap(texts);
}

describe('every locale has every string', () => {
  it('speaks en, fr, de and es', () => {
    expect(SUPPORTED_LOCALES).toEqual(['en', 'fr', 'de', 'es']);
  });

  for (const [section, catalog] of Object.entries(SECTIONS)) {
    for (const locale of SUPPORTED_LOCALES.filter((tag) => tag !== 'en')) {
      it(`${section} in ${locale}: the same keys and signatures as English`, () => {
        expect(shape(catalog[locale])).toEqual(shape(catalog.en));
      });

      it(`${section} in ${locale}: no empty string, none left in English`, () => {
        const own = texts(catalog[locale]);
        expect(own.every((text) => text.trim() !== '')).toBe(true);
        const english = new Set(texts(catalog.en));
        // Words that are the same in both languages ("Details", "Maintenance") are fine; whole sentences are not.
        expect(own.filter((text) => text.includes(' ') && english.has(text) && !/^\+?\d/.test(text))).toEqual([]);
      });
    }
  }
});

describe('localize', () => {
  it.each([
    ['fr-BE', 'fr'],
    ['FR', 'fr'],
    ['de-AT', 'de'],
    ['es-419', 'es'],
    ['ja-JP', 'en'],
    ['', 'en'],
    ['constructor', 'en'],
    ['__proto__', 'en'],
    ['toString', 'en'],
    ['hasOwnProperty-x', 'en'],
  ])('%j reads the %s strings', (locale, expected) => {
    expect(localize(BANNER, locale)).toBe(BANNER[expected]);
    expect(localize(PAGE, locale)).toBe(PAGE[expected]);
  });
});

describe('plural and agreement rules', () => {
  it.each([
    ['en', 2, 3, '2 of 3'],
    ['fr', 2, 3, '2 sur 3'],
    ['de', 2, 3, '2 von 3'],
    ['es', 2, 3, '2 de 3'],
  ])('%s: position(%i, %i) is %j', (locale, index, count, expected) => {
    expect(localize(FRONT, locale).position(index, count)).toBe(expected);
  });

  it.each([
    ['en', 1, 'Resolved in the last day'],
    ['en', 7, 'Resolved in the last 7 days'],
    ['fr', 1, 'Résolus ces dernières 24 heures'],
    ['fr', 7, 'Résolus ces 7 derniers jours'],
  ])('%s: recent(%i) is %j', (locale, days, expected) => {
    expect(localize(PAGE, locale).recent(days)).toBe(expected);
  });
});

describe('inEveryLocale', () => {
  it('gives one string per supported locale, as feed text', () => {
    expect(inEveryLocale(NOTICES, (notices) => notices.maintenanceUnderWay)).toEqual({
      en: 'Maintenance in progress',
      fr: 'Maintenance en cours',
      de: 'Wartung läuft',
      es: 'Mantenimiento en curso',
    });
  });
});

describe('chooseLocale', () => {
  it.each([
    [['fr', 'de', 'es'], 'fr'],
    [[null, 'de', 'es'], 'de'],
    [[undefined, '', 'es'], 'es'],
    [[null, undefined, ''], 'en'],
    [[], 'en'],
  ])('%j → %s', (candidates, expected) => {
    expect(chooseLocale(...candidates)).toBe(expected);
  });
});

describe('pickText', () => {
  const texts = { en: 'API errors', 'fr-CA': 'Erreurs (CA)', de: 'API-Fehler' };

  it.each([
    ['fr-CA', 'Erreurs (CA)'],
    ['fr-FR', 'Erreurs (CA)'],
    ['de-AT', 'API-Fehler'],
    ['ja', 'API errors'],
  ])('%s picks %j (exact tag, then language, then en)', (locale, expected) => {
    expect(pickText(texts, locale)).toBe(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    ['the first text when there is no English', { es: 'Errores', it: 'Errori' }, 'Errores'],
    ['English before the first text', { es: 'Errores', en: 'Errors' }, 'Errors'],
    ['nothing when there is no text at all', {}, ''],
  ])('falls back to %s', (_case, text, expected) => {
    expect(pickText(text, 'ja')).toBe(expected);
  });

  it('compares tags case-insensitively and passes plain strings through', () => {
    expect(pickText({ EN: 'x', 'FR-ca': 'y' }, 'fr-CA')).toBe('y');
    expect(pickText('plain', 'fr')).toBe('plain');
    expect(pickText(undefined, 'fr')).toBe('');
  });
});
