import { describe, expect, it } from 'vitest';
import { escapeHtml, fallbackPageHtml } from '../../../src/cli/fallback-page.js';
import { feedFromPageUrl, localeFromPageUrl } from '../../../src/page/page-url.js';
import { pageEn, pageFr, pageStringsFor } from '../../../src/page/strings.js';

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

describe('pageStringsFor', () => {
  it('matches tags as the banner does: exact, language, English', () => {
    expect(pageStringsFor('fr-CA')).toBe(pageFr);
    expect(pageStringsFor('FR')).toBe(pageFr);
    expect(pageStringsFor('de')).toBe(pageEn);
  });

  it('has every English string in French', () => {
    expect(Object.keys(pageFr).sort()).toEqual(Object.keys(pageEn).sort());
    expect(Object.keys(pageFr.impact).sort()).toEqual(Object.keys(pageEn.impact).sort());
  });
});

describe('fallbackPageHtml', () => {
  it('is <status-page> over the feed, with the banner as its content where status-page.js is missing', () => {
    const html = fallbackPageHtml('status.json');
    expect(html).toContain('<script src="status-page.js" defer></script>');
    expect(html).toMatch(
      /<status-page src="status\.json" interval="30">\s*<h1>Service status<\/h1>\s*<status-banner src="status\.json" persistent interval="30"><\/status-banner>/,
    );
    expect(html).toMatch(/<main>[\s\S]*<\/main>/);
  });

  it('escapes the feed name', () => {
    expect(escapeHtml(`a"b<c>&'`)).toBe('a&#34;b&#60;c&#62;&#38;&#39;');
    expect(fallbackPageHtml('"><script>x</script>')).not.toContain('<script>x');
  });
});
