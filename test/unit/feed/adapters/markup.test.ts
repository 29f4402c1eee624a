import { describe, expect, it } from 'vitest';
import { plainText } from '../../../../src/feed/adapters/markup.js';

describe('plainText', () => {
  it('keeps line breaks from <br>, <br />, </p> and block ends', () => {
    expect(plainText('one<br>two<br />three<BR/>four')).toBe('one\ntwo\nthree\nfour');
    expect(plainText('<p>first</p><p>second</p><ul><li>a</li><li>b</li></ul>')).toBe('first\nsecond\na\nb');
  });

  it('keeps the newlines of markdown bodies, collapsing long runs and trimming lines', () => {
    expect(plainText('  A fix is out. \r\n\r\n\r\n\r\n  We are   monitoring.\t ')).toBe('A fix is out.\n\nWe are monitoring.');
  });

  it('decodes named, decimal and hex entities once', () => {
    expect(plainText('R&amp;D &lt;b&gt; &quot;x&quot; &#39;y&#39; &apos;z&apos; 30&nbsp;min &#8212; &#x1F600; &amp;lt;')).toBe(
      `R&D <b> "x" 'y' 'z' 30 min — 😀 &lt;`,
    );
  });

  it('leaves unknown entities as written and replaces impossible code points', () => {
    expect(plainText('&copy2; &bogus; &#0; &#xD800; &#x110000;')).toBe('&copy2; &bogus; \uFFFD \uFFFD \uFFFD');
  });

  it('drops markdown emphasis markers', () => {
    expect(plainText('a **faulty deploy** and __this__')).toBe('a faulty deploy and this');
  });

  it('spells out http(s) markdown links as "text (url)"', () => {
    expect(plainText('see [the notes](https://docs.example.com/a?b=1) now')).toBe('see the notes (https://docs.example.com/a?b=1) now');
    expect(plainText('[https://x.example/](https://x.example/)')).toBe('https://x.example/');
    expect(plainText('[Foo](https://wiki.example/Foo_(bar)).')).toBe('Foo (https://wiki.example/Foo_(bar)).');
    expect(plainText('[](https://x.example/empty)')).toBe('https://x.example/empty');
  });

  it('keeps only the text of links that are not http(s) or mailto', () => {
    expect(plainText('[click](javascript:alert(1)) [rel](/incidents/4)')).toBe('click rel');
    expect(plainText('<a href="javascript:alert(1)">here</a> <a href=\'data:text/html,x\'>there</a>')).toBe('here there');
  });

  describe('links with a title, or to an e-mail address, read as their words (#10, case 4)', () => {
    const cases: [string, string, string][] = [
      [
        'the observed mailto link with a title',
        'Write to [support@example.com](mailto:support@example.com "support@example.com").',
        'Write to support@example.com.',
      ],
      [
        'an http link with a double-quoted title',
        '[the notes](https://docs.example.com/a "Release notes") now',
        'the notes (https://docs.example.com/a) now',
      ],
      ['an http link with a single-quoted title', "[notes](https://docs.example.com/a 'Notes')", 'notes (https://docs.example.com/a)'],
      ['a mailto link keeps the address as text', '[Email us](mailto:help@example.com?subject=Outage)', 'Email us (help@example.com)'],
      ['a mailto link whose label is the address', '[help@example.com](mailto:help@example.com)', 'help@example.com'],
      ['an encoded mailto address is decoded', '[us](mailto:a%2Bb@example.com)', 'us (a+b@example.com)'],
      ['an HTML mailto link', '<a href="mailto:help@example.com" title="mail">write to us</a>', 'write to us (help@example.com)'],
      ['a javascript: link with a title keeps its label only', '[click](javascript:alert(1) "x")', 'click'],
      ['a title that never closes is no link', '[a](https://x.example/ "open', '[a](https://x.example/ "open'],
      ['text after a target is no title', '[a](https://x.example/ and more)', '[a](https://x.example/ and more)'],
    ];
    for (const [name, body, expected] of cases) {
      it(name, () => {
        expect(plainText(body)).toBe(expected);
      });
    }
  });

  it('leaves brackets that are not links alone', () => {
    expect(plainText('[note] (later) [a](not a url) [b](')).toBe('[note] (later) [a](not a url) [b](');
  });

  it('spells out http(s) HTML links and autolinks', () => {
    expect(plainText('<a href="https://x.example/status" target="_blank">status</a>')).toBe('status (https://x.example/status)');
    expect(plainText('see <https://help.example.com/billing>.')).toBe('see https://help.example.com/billing.');
  });

  it('removes tags, attributes and the content of script and style', () => {
    const text = plainText(
      'Hi<script>alert("x")</script><style>p{color:red}</style><img src=x onerror="alert(1)"><b onclick="steal()">there</b>',
    );
    expect(text).toBe('Hithere');
  });

  it('drops everything after a script that never closes', () => {
    expect(plainText('Visible<script>alert(1) and more')).toBe('Visible');
  });

  it('keeps a literal "<" that does not start a tag', () => {
    expect(plainText('latency < 200 ms and > 100 ms; 3 <5')).toBe('latency < 200 ms and > 100 ms; 3 <5');
    expect(plainText('ends with <unclosed')).toBe('ends with <unclosed');
  });

  it('decodes escaped markup into visible text after tags are removed, never into tags', () => {
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('returns an empty string for no body', () => {
    expect(plainText(null)).toBe('');
    expect(plainText(undefined)).toBe('');
    expect(plainText('<p> </p>')).toBe('');
  });

  describe('tags that end a line', () => {
    it.each(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])(
      '</%s>',
      (tag) => {
        expect(plainText(`one</${tag}>two`)).toBe('one\ntwo');
      },
    );

    it.each(['span', 'b', 'a', 'td'])('</%s> does not', (tag) => {
      expect(plainText(`one</${tag}>two`)).toBe('onetwo');
    });
  });

  describe('links, autolinks and entities at their edges', () => {
    it.each<[string, string, string]>([
      [
        'an "mailto:" inside an http URL is part of the URL',
        '[x](https://e.example/?to=mailto:a@b.example)',
        'x (https://e.example/?to=mailto:a@b.example)',
      ],
      ['a mailto address that does not decode is kept as written', '[us](mailto:a%E0%A4%A@example.com)', 'us (a%E0%A4%A@example.com)'],
      ['an <a> without href keeps its words', '<a name="top">anchor</a> text', 'anchor text'],
      ['an href with spaces around "="', '<a href = "https://x.example/">x</a>', 'x (https://x.example/)'],
      ['a label that is the URL without its final slash', '[https://x.example](https://x.example/)', 'https://x.example'],
      ['a stray </a> is dropped', 'text</a> more', 'text more'],
      [
        'a link whose words hold tags reads as all of them',
        '<a href="https://x.example/">one <b>two</b></a>',
        'one two (https://x.example/)',
      ],
      ['an http autolink', 'see <http://x.example/a>.', 'see http://x.example/a.'],
      ['an autolink that is no URL reads as nothing', 'see <https://[bad>.', 'see .'],
      ['a "[" before the label', '[see [the notes](https://x.example/)', '[see the notes (https://x.example/)'],
      ['a script that never closes, after several parts', 'one<b>two</b>three<script>never closed', 'onetwothree'],
      ['the highest code point', '&#x10FFFF;', '\u{10FFFF}'],
      ['the last surrogate', '&#xDFFF;', '\uFFFD'],
      ['the first code point after the surrogates', '&#xE000;', '\uE000'],
      ['a lone carriage return is a line break', 'one\rtwo', 'one\ntwo'],
    ])('%s', (_name, body, text) => {
      expect(plainText(body)).toBe(text);
    });
  });

  // What each hostile body the linear-cost check times (test/integration/fuzz/feeds.test.ts) reads as;
  // that check owns the timing, these rows the text.
  describe('hostile bodies read as their text', () => {
    const cases: [string, string, string][] = [
      ['unclosed tags stay text', '<a'.repeat(4), '<a<a<a<a'],
      ['tags without names stay text', '<'.repeat(4), '<<<<'],
      ['link openers stay text', '['.repeat(4), '[[[['],
      ['link middles stay text', ']('.repeat(4), '](](](]('],
      ['link targets without end stay text', `${'[a](b'.repeat(3)} `, '[a](b[a](b[a](b'],
      ['nested parentheses never close', `[a](${'('.repeat(4)}`, '[a]((((('],
      ['entity starts stay text', '&#'.repeat(4), '&#&#&#&#'],
      ['spaces then text: the text alone', `${' '.repeat(64)}x`, 'x'],
      ['spaces and newlines: nothing', ' \n'.repeat(32), ''],
      ['script openers never closed: nothing', '<script>'.repeat(4), ''],
      ['many links: each spelled out', '<a href="https://x.example/">x</a>'.repeat(2), 'x (https://x.example/)x (https://x.example/)'],
      ['emphasis markers in pairs stay', '*_'.repeat(4), '*_*_*_*_'],
      ['titles that never close stay text', '[a](b "'.repeat(2), '[a](b "[a](b "'],
      ['a title opened then spaces stays text', `[a](b "${' '.repeat(64)}`, '[a](b "'],
      ['mailto targets that never close stay text', '[a](mailto:'.repeat(2), '[a](mailto:[a](mailto:'],
    ];
    it.each(cases)('%s', (_name, body, text) => {
      expect(plainText(body)).toBe(text);
    });
  });
});
