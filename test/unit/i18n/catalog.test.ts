import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import { pickText, stringsFor } from '../../../src/i18n/index.js';

describe('pickText', () => {
  const texts = { en: 'API errors', 'fr-CA': 'Erreurs (CA)', de: 'API-Fehler' };

  it('picks the exact tag, then the language, then en, then the first', () => {
    expect(pickText(texts, 'fr-CA')).toBe('Erreurs (CA)');
    expect(pickText(texts, 'fr-FR')).toBe('Erreurs (CA)');
    expect(pickText(texts, 'de-AT')).toBe('API-Fehler');
    expect(pickText(texts, 'ja')).toBe('API errors');
    expect(pickText({ es: 'Errores', it: 'Errori' }, 'ja')).toBe('Errores');
  });

  it('compares tags case-insensitively and passes plain strings through', () => {
    expect(pickText({ EN: 'x', 'FR-ca': 'y' }, 'fr-CA')).toBe('y');
    expect(pickText('plain', 'fr')).toBe('plain');
    expect(pickText(undefined, 'fr')).toBe('');
  });
});

describe('stringsFor', () => {
  it('resolves region tags to their language and unknown languages to English', () => {
    expect(stringsFor('fr-BE')).toBe(fr);
    expect(stringsFor('FR')).toBe(fr);
    expect(stringsFor('ja-JP')).toBe(en);
  });

  it('never takes an inherited property for a catalog entry', () => {
    for (const locale of ['constructor', '__proto__', 'toString', 'hasOwnProperty-x']) expect(stringsFor(locale)).toBe(en);
  });

  it('French covers every English string (first-class, not a stub)', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(fr.states).sort()).toEqual(Object.keys(en.states).sort());
    for (const [key, value] of Object.entries(fr.states)) expect(value, key).not.toBe(en.states[key as keyof typeof en.states]);
    expect(fr.more(1)).toBe('+1 autre');
    expect(fr.more(3)).toBe('+3 autres');
  });
});
