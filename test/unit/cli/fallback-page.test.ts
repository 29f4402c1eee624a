import { describe, expect, it } from 'vitest';
import { escapeHtml, fallbackPageHtml } from '../../../src/cli/fallback-page.js';

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
