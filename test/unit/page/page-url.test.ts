import { describe, expect, it } from 'vitest';
import { feedFromPageUrl, localeFromPageUrl } from '../../../src/page/page-url.js';

describe('feedFromPageUrl', () => {
  const page = 'https://status.acme.example/index.html';

  it('takes a same-origin ?src=, relative or absolute', () => {
    expect(feedFromPageUrl(`${page}?src=drill.json`)).toBe('https://status.acme.example/drill.json');
    expect(feedFromPageUrl(`${page}?src=${encodeURIComponent('/api/v2/summary.json?x=1')}`)).toBe(
      'https://status.acme.example/api/v2/summary.json?x=1',
    );
    expect(feedFromPageUrl(`${page}?src=https://status.acme.example/other.json`)).toBe('https://status.acme.example/other.json');
  });

  it('ignores a feed on another origin, another scheme, or none', () => {
    expect(feedFromPageUrl(`${page}?src=https://evil.example/feed.json`)).toBeUndefined();
    expect(feedFromPageUrl(`${page}?src=//evil.example/feed.json`)).toBeUndefined();
    expect(feedFromPageUrl(`${page}?src=${encodeURIComponent('data:application/json,{}')}`)).toBeUndefined();
    expect(feedFromPageUrl(`${page}?src=`)).toBeUndefined();
    expect(feedFromPageUrl(page)).toBeUndefined();
    expect(feedFromPageUrl('about:srcdoc')).toBeUndefined();
  });
});

describe('localeFromPageUrl', () => {
  it('takes a valid BCP 47 ?lang=, canonicalised', () => {
    expect(localeFromPageUrl('https://s.example/?lang=fr')).toBe('fr');
    expect(localeFromPageUrl('https://s.example/?lang=fr-ca')).toBe('fr-CA');
  });

  it('ignores an absent or invalid one', () => {
    expect(localeFromPageUrl('https://s.example/')).toBeUndefined();
    expect(localeFromPageUrl('https://s.example/?lang=not_a_tag!')).toBeUndefined();
  });
});
