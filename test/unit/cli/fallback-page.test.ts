import { describe, expect, it } from 'vitest';
import { escapeHtml, fallbackPageHtml } from '../../../src/cli/fallback-page.js';

describe('fallbackPageHtml', () => {
  it('is <status-page> over the feed, one script, with a heading and the feed link as its content where the script did not run', () => {
    const html = fallbackPageHtml('status.json');
    expect(html.match(/<script [^>]*>/g)).toEqual(['<script src="status-page.js" defer>']);
    expect(html).toMatch(
      /<status-page src="status\.json" interval="30">\s*<h1>Service status<\/h1>\s*<p><a href="status\.json">Status feed \(JSON\)<\/a><\/p>\s*<\/status-page>/,
    );
    expect(html).toMatch(/<main>[\s\S]*<\/main>/);
  });

  it('escapes the feed name', () => {
    expect(escapeHtml(`a"b<c>&'`)).toBe('a&#34;b&#60;c&#62;&#38;&#39;');
    expect(fallbackPageHtml('"><script>x</script>')).not.toContain('<script>x');
  });
});
