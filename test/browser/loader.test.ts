/**
 * The built loader, `dist/status-banner.js`, in iframes as a site loads it: what it requests while
 * all is clear and during an incident, the element chunk's integrity, several elements and feeds,
 * and the one eager file `dist/status-banner.full.js`. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { PROTOCOL } from '../../src/poll/environment.js';
import { feedUrl, waitFor } from './helpers.js';

const frames: HTMLIFrameElement[] = [];

/** A page whose <head> is `head` and whose <body> is `body`; resolves once it has loaded. */
async function loadPage(head: string, body = '<p id="content">Product</p>'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 400px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${EVENTS}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** Records the banner events the page sees, from its first script on. */
const EVENTS = `<script>window.seen = [];
for (const type of ['status-banner-error', 'status-banner-change', 'status-banner-show'])
  addEventListener(type, (event) => seen.push({ type, kind: event.detail && event.detail.kind, src: event.target.getAttribute('src') }));</script>`;

interface Seen {
  type: string;
  kind?: string;
  src: string | null;
}
const seen = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { seen: Seen[] }).seen;

function requests(frame: HTMLIFrameElement, part: string): PerformanceResourceTiming[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => entry.name.includes(part));
}

function shown(frame: HTMLIFrameElement, index = 0): HTMLElement | null {
  const banner = frame.contentDocument!.querySelectorAll('status-banner')[index];
  return banner?.shadowRoot?.querySelector<HTMLElement>('[part="banner"]') ?? null;
}

const loader = (src: string, extra = '') => `<script src="/dist/status-banner.js" data-src="${src}"${extra} defer></script>`;

describe('dist/status-banner.js, the loader', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  describe('requests', () => {
    it('all clear: the loader and the feed, no element chunk, nothing defined', async () => {
      const src = feedUrl(SCENARIOS['all-clear'](Date.now()));
      const frame = await loadPage(loader(src));
      // The poller stores what it read in the same task as it hands the reading to the loader, whose
      // triage runs in the microtask right after and would add the chunk's <link> to the head at once.
      await waitFor(() => localStorage.getItem(`${PROTOCOL}:${new URL(src, location.href).href}:last`) !== null);
      expect(requests(frame, '/__feed')).to.have.length(1);
      expect(frame.contentDocument!.querySelector('link[href*="status-banner-element."], script[src*="status-banner-element."]')).to.equal(
        null,
      );
      expect(requests(frame, 'status-banner-element.')).to.have.length(0);
      expect(requests(frame, '/dist/status-banner.js')).to.have.length(1);
      expect(frame.contentWindow!.customElements.get('status-banner')).to.equal(undefined);
    });

    it('an incident: the chunk is requested once, and the banner shows', async () => {
      const frame = await loadPage(loader(feedUrl(SCENARIOS['identified-eta'](Date.now()))));
      await waitFor(() => shown(frame) !== null);
      expect(requests(frame, 'status-banner-element.')).to.have.length(1);
      expect(requests(frame, '/__feed')).to.have.length(1);
      expect(seen(frame).map((event) => event.type)).to.include.members(['status-banner-change', 'status-banner-show']);
    });

    it('a reload with a stored incident loads the chunk without waiting for the feed', async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()), { delay: 800 });
      const frame = await loadPage(loader(src));
      await waitFor(() => shown(frame) !== null);
      // Date the stored check a minute back, so that the reload also asks the (slow) feed.
      for (const key of Object.keys(localStorage).filter((name) => name.endsWith(':last'))) {
        const state = JSON.parse(localStorage.getItem(key)!);
        localStorage.setItem(key, JSON.stringify({ ...state, checkedAt: state.checkedAt - 60_000 }));
      }
      const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.contentWindow!.location.reload();
      await reloaded;
      await waitFor(() => shown(frame) !== null && requests(frame, '/__feed').some((entry) => entry.responseEnd > 0));
      const [chunk] = requests(frame, 'status-banner-element.');
      const [feed] = requests(frame, '/__feed');
      expect(chunk!.startTime).to.be.below(feed!.responseEnd);
    });
  });

  describe('while all is clear', () => {
    it('still reports a failing feed on the element, as status-banner-error', async () => {
      const src = feedUrl('down', { status: 503 });
      const frame = await loadPage(loader(src));
      await waitFor(() => seen(frame).length > 0);
      expect(seen(frame)[0]).to.deep.equal({ type: 'status-banner-error', kind: 'http', src });
      expect(frame.contentWindow!.customElements.get('status-banner')).to.equal(undefined);
    });

    it('says why the feed is refused: not JSON', async () => {
      const frame = await loadPage(loader(feedUrl('<html>')));
      await waitFor(() => seen(frame).length > 0);
      expect(seen(frame)[0]?.kind).to.equal('parse');
    });
  });

  describe('integrity', () => {
    it('refuses a tampered element chunk, and reports it as kind load', async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
      const frame = await loadPage(`<script src="/__tampered/dist/status-banner.js" data-src="${src}" defer></script>`);
      await waitFor(() => seen(frame).some((event) => event.kind === 'load'));
      expect(frame.contentWindow!.customElements.get('status-banner')).to.equal(undefined);
      expect(shown(frame)).to.equal(null);
      // The refused element goes: a later reading retries with a new one, and failures do not pile up in <head>.
      expect(
        frame.contentDocument!.querySelectorAll('link[href*="status-banner-element."], script[src*="status-banner-element."]'),
      ).to.have.length(0);
    });

    it('pins the chunk with SHA-384 on a modulepreload link, cross-origin anonymous', async () => {
      const frame = await loadPage(loader(feedUrl(SCENARIOS.investigating(Date.now()))));
      await waitFor(() => shown(frame) !== null);
      const link = frame.contentDocument!.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!;
      expect(link.href).to.match(/\/dist\/status-banner-element\.[\w-]+\.js$/);
      expect(link.integrity).to.match(/^sha384-[\w+/]+={0,2}$/);
      expect(link.crossOrigin).to.equal('anonymous');
    });
  });

  describe('pages', () => {
    it('two elements with different feeds: each shows its own', async () => {
      const first = feedUrl(SCENARIOS.investigating(Date.now()));
      const second = feedUrl(SCENARIOS['maintenance-in-progress'](Date.now()));
      const frame = await loadPage(
        '<script src="/dist/status-banner.js" defer></script>',
        `<status-banner src="${first}"></status-banner><status-banner src="${second}"></status-banner>`,
      );
      await waitFor(() => shown(frame, 0) !== null && shown(frame, 1) !== null);
      expect(shown(frame, 0)!.querySelector('[part="title"]')!.textContent).to.equal('API errors');
      expect(shown(frame, 1)!.querySelector('[part="title"]')!.textContent).to.equal('Database upgrade');
      expect(requests(frame, '/__feed')).to.have.length(2);
      expect(requests(frame, 'status-banner-element.')).to.have.length(1);
    });

    it('one feed for two elements with the same src: one request', async () => {
      const src = feedUrl(SCENARIOS.investigating(Date.now()));
      const frame = await loadPage(
        '<script src="/dist/status-banner.js" defer></script>',
        `<status-banner src="${src}"></status-banner><status-banner src="${src}" position="bottom"></status-banner>`,
      );
      await waitFor(() => shown(frame, 0) !== null && shown(frame, 1) !== null);
      expect(requests(frame, '/__feed')).to.have.length(1);
    });

    it('a preview asked for in the markup loads the element at once, and fetches nothing', async () => {
      const src = feedUrl(SCENARIOS['all-clear'](Date.now()));
      const frame = await loadPage(
        '<script src="/dist/status-banner.js" defer></script>',
        `<status-banner src="${src}" preview="identified"></status-banner>`,
      );
      await waitFor(() => shown(frame) !== null);
      expect(requests(frame, '/__feed')).to.have.length(0);
    });
  });
});

describe('dist/status-banner.full.js, one eager file', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  it('defines the element at once and auto-mounts from data-src, with no second request', async () => {
    const src = feedUrl(SCENARIOS['all-clear'](Date.now()));
    const frame = await loadPage(`<script src="/dist/status-banner.full.js" data-src="${src}" defer></script>`);
    expect(frame.contentWindow!.customElements.get('status-banner')).to.not.equal(undefined);
    await waitFor(() => seen(frame).some((event) => event.type === 'status-banner-change'));
    expect(frame.contentDocument!.body.firstElementChild!.localName).to.equal('status-banner');
    expect(requests(frame, 'status-banner-element.')).to.have.length(0);
  });
});
