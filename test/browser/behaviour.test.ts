import { expect, oneEvent } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { dismissalsKey } from '../../src/present/dismissals.js';
import { CLOCK_SCRIPT, clockOf } from './fixtures/clock/install.js';
import { cleanup, feedUrl, mount, part, text, waitFor } from './helpers.js';

describe('<status-banner> dismissal', () => {
  afterEach(cleanup);

  it('dismiss hides the item, fires the event, and remembers it for another banner', async () => {
    const src = feedUrl(SCENARIOS.investigating(Date.now()));
    const banner = await mount({ src });
    const dismissed = oneEvent(banner, 'status-banner-dismiss');
    part(banner, 'dismiss')!.click();
    expect((await dismissed).detail.key).to.equal('incident:api-errors');
    await banner.updateComplete;
    expect(part(banner, 'banner')).to.equal(null);
    expect(banner.hasAttribute('data-impact')).to.equal(false);
    expect(localStorage.getItem(dismissalsKey(new URL(src, location.href).href))).to.include('incident:api-errors');
    const again = await mount({ src });
    expect(part(again, 'banner')).to.equal(null);
  });

  it('a dismissed incident shows again when its feed gets a new update', async () => {
    const now = Date.now();
    const bodies = [SCENARIOS.investigating(now), SCENARIOS['identified-eta'](now + 60_000)].map((feed) => feedUrl(feed));
    const realFetch = window.fetch;
    window.fetch = (_input, init) => realFetch(bodies.shift() ?? bodies[0]!, init);
    try {
      const first = await mount({ src: '/feed-that-moves-on.json' });
      part(first, 'dismiss')!.click();
      await first.updateComplete;
      // A second poller for the same feed (another interval) reads the newer body: the first one leaves
      // (so it shares nothing), and the last state it stored must not stand in for the new body.
      first.remove();
      for (const key of Object.keys(localStorage)) if (!key.startsWith(dismissalsKey(''))) localStorage.removeItem(key);
      const second = await mount({ src: '/feed-that-moves-on.json', interval: '11' });
      expect(text(second, 'state')).to.equal('Identified');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a dismissal never hides the same incident id in another feed (#10, case 7)', async () => {
    const now = Date.now();
    const first = await mount({ src: feedUrl(SCENARIOS.investigating(now)) });
    part(first, 'dismiss')!.click();
    await first.updateComplete;
    expect(part(first, 'banner')).to.equal(null);
    // Another feed (here the same body at another URL) with an incident of the same id.
    const other = await mount({ src: `${feedUrl(SCENARIOS.investigating(now))}&other` });
    expect(text(other, 'title')).to.equal('API errors');
  });

  it('preventDefault on status-banner-dismiss keeps the banner', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now())) });
    banner.addEventListener('status-banner-dismiss', (event) => event.preventDefault());
    part(banner, 'dismiss')!.click();
    await banner.updateComplete;
    expect(part(banner, 'banner')).to.not.equal(null);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(dismissalsKey('')))).to.deep.equal([]);
  });

  it('Escape inside the banner dismisses it; the banner never takes focus itself', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now())) });
    expect(document.activeElement).to.not.equal(banner);
    part(banner, 'link')!.focus();
    part(banner, 'link')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await banner.updateComplete;
    expect(part(banner, 'banner')).to.equal(null);
  });

  it('persistent removes the dismiss button and ignores Escape', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now())), persistent: true });
    expect(part(banner, 'dismiss')).to.equal(null);
    expect(banner.dismiss()).to.equal(false);
    expect(part(banner, 'banner')).to.not.equal(null);
  });

  it('the dismiss control is a real button with an accessible name, at least 24×24 px', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now())), locale: 'en' });
    const button = part(banner, 'dismiss')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-label')).to.equal('Dismiss');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });
});

describe('<status-banner> events and faults', () => {
  afterEach(cleanup);

  it('fires change then show, bubbling and composed', async () => {
    const seen: string[] = [];
    const record = (event: Event) => {
      expect(event.bubbles && event.composed).to.equal(true);
      seen.push(event.type);
    };
    document.addEventListener('status-banner-change', record);
    document.addEventListener('status-banner-show', record);
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now())) });
    document.removeEventListener('status-banner-change', record);
    document.removeEventListener('status-banner-show', record);
    expect(seen).to.deep.equal(['status-banner-change', 'status-banner-show']);
    expect(part(banner, 'banner')).to.not.equal(null);
  });

  for (const [label, src, kind] of [
    ['garbage JSON', feedUrl('{"version": 1, "incidents": ['), 'parse'],
    ['HTTP 500', feedUrl('oops', { status: 500 }), 'http'],
    ['wrong version', feedUrl({ version: 2 }), 'version'],
    ['wrong types', feedUrl({ version: 1, incidents: 'many' }), 'schema'],
  ] as const) {
    it(`${label}: error event of kind ${kind}, one console.warn, no exception, nothing shown`, async () => {
      const warnings: unknown[][] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      const errors: ErrorEvent[] = [];
      const onError = (event: ErrorEvent) => errors.push(event);
      window.addEventListener('error', onError);
      try {
        const failing = document.createElement('status-banner');
        failing.src = src;
        const error = oneEvent(failing, 'status-banner-error');
        document.body.append(failing);
        const { detail } = await error;
        expect(detail.kind).to.equal(kind);
        expect(detail.message).to.be.a('string').and.not.equal('');
        expect(detail.retryAt).to.be.greaterThan(Date.now());
        // The warning may come just after the event: wait for it, then let the render land before
        // checking that it stayed one.
        await waitFor(() => warnings.length > 0);
        await failing.updateComplete;
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0]![0])).to.match(/^\[status-banner\]/);
        expect(errors.length).to.equal(0);
        expect(part(failing, 'banner')).to.equal(null);
      } finally {
        console.warn = originalWarn;
        window.removeEventListener('error', onError);
      }
    });
  }

  it('one invalid incident is dropped and reported; the valid one still shows', async () => {
    const feed = SCENARIOS.investigating(Date.now());
    feed.incidents!.unshift({ id: 'broken', impact: 'catastrophic' } as never);
    const originalWarn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const banner = await mount({ src: feedUrl(feed) });
      expect(text(banner, 'title')).to.equal('API errors');
      expect(warnings.join('\n')).to.include('incidents[0]');
    } finally {
      console.warn = originalWarn;
    }
  });

  it('keeps the last good state when a later poll fails', async () => {
    // In a frame whose clock the test moves (CLOCK_SCRIPT), so the next poll comes without waiting
    // through the 10 s interval.
    const frame = document.createElement('iframe');
    const src = feedUrl(SCENARIOS.investigating(Date.now()));
    frame.srcdoc =
      `<!doctype html><html lang="en"><head>${CLOCK_SCRIPT}<script type="module" src="/src/define.ts"></script></head>` +
      `<body><status-banner src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" interval="10" locale="en"></status-banner></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const banner = frame.contentDocument!.querySelector('status-banner')!;
      await waitFor(() => text(banner, 'title') === 'API errors');
      // The next poll fails: the feed's host answers 503.
      const page = frame.contentWindow as Window & typeof globalThis;
      page.fetch = () => Promise.resolve(new Response('<html>', { status: 503 }));
      const error = oneEvent(banner, 'status-banner-error');
      // The interval is 10 s, ±20 %.
      await clockOf(frame).tickAsync(12_000);
      const { detail } = await error;
      expect(detail.kind).to.equal('http');
      await banner.updateComplete;
      expect(text(banner, 'title')).to.equal('API errors');
      expect(banner.dataset['impact']).to.equal('major');
    } finally {
      frame.remove();
    }
  });

  it('an unusable src is reported once, not at every render', async () => {
    const banner = document.createElement('status-banner');
    banner.src = 'http://[broken';
    const errors: CustomEvent[] = [];
    banner.addEventListener('status-banner-error', (event) => errors.push(event));
    document.body.append(banner);
    await banner.updateComplete;
    banner.requestUpdate();
    await banner.updateComplete;
    banner.locale = 'fr';
    await banner.updateComplete;
    expect(errors.map((event) => event.detail.kind)).to.deep.equal(['network']);
    expect(errors[0]!.detail.message).to.include('http://[broken');
  });

  it('a banner moved in the page renders its times afresh', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now() - 60_000)), locale: 'en' });
    expect(text(banner, 'updated')).to.equal('Updated 6 minutes ago.');
    banner.remove();
    const realNow = Date.now;
    Date.now = () => realNow() + 10 * 60_000;
    try {
      document.body.append(banner);
      await waitFor(() => text(banner, 'updated') === 'Updated 16 minutes ago.');
    } finally {
      Date.now = realNow;
    }
  });

  it('texts refresh as time passes without a new fetch', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now() - 60_000)), locale: 'en' });
    expect(text(banner, 'updated')).to.equal('Updated 6 minutes ago.');
    const realNow = Date.now;
    Date.now = () => realNow() + 10 * 60_000;
    try {
      banner.requestUpdate();
      await banner.updateComplete;
      await waitFor(() => text(banner, 'updated') === 'Updated 16 minutes ago.');
    } finally {
      Date.now = realNow;
    }
  });
});
