/**
 * Cumulative Layout Shift of a host page with a banner at the top, measured with the Layout
 * Instability API in iframes that load the built files as a site does (`npm run build` first):
 * in the flow (the default) and as an overlay, shown from stored state on a reload or arriving
 * with a late feed. The figures are logged for the record.
 */
import { expect } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { feedUrl, waitFor } from './helpers.js';

/** Sums the page's layout shifts from its first script on, and notes when the banner first showed. */
const PROBE = `<script>
  window.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('status-banner-show', () => { window.shownAt ??= performance.now(); });
</script>`;

const CONTENT = `<main><h1>Dashboard</h1>${'<p>Your product, its content, which must not be covered.</p>'.repeat(12)}</main>`;

interface Probe {
  layoutShift: number;
  shownAt?: number;
}

const frames: HTMLIFrameElement[] = [];

async function load(frame: HTMLIFrameElement, reload: () => void): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  reload();
  await loaded;
}

/** Waits until the banner shows and the page has painted it twice, then reads the probe. */
async function settle(frame: HTMLIFrameElement): Promise<Probe & { firstPaint: number; slid: boolean }> {
  const win = frame.contentWindow!;
  await waitFor(() => !!win.document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]'));
  for (let frameCount = 0; frameCount < 3; frameCount++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  // Kept on purpose: layout-shift entries of those frames are delivered to the page's observer
  // asynchronously, and a shift is only ever added, so a longer wait can only find more (fail more),
  // never make a shifting page pass.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const probe = win as unknown as Probe;
  const box = win.document.querySelector('status-banner')!.shadowRoot!.querySelector('[part="banner"]')!;
  return {
    layoutShift: Math.round(probe.layoutShift * 10_000) / 10_000,
    shownAt: probe.shownAt,
    firstPaint: win.performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    slid: box.classList.contains('in'),
  };
}

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head>${PROBE}<style>body { margin: 0; font: 16px/1.5 sans-serif }</style>${head}</head><body>${body}${CONTENT}</body></html>`;
}

function frameFor(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 600px; border: 0';
  frame.srcdoc = html;
  return frame;
}

/** Loads `html` in a fresh frame; with `stored`, loads it once first so the reload starts from stored state. */
async function measure(html: string, stored: boolean) {
  const frame = frameFor(html);
  frames.push(frame);
  await load(frame, () => document.body.append(frame));
  if (stored) {
    await settle(frame);
    await load(frame, () => frame.contentWindow!.location.reload());
  }
  return settle(frame);
}

const figures: Record<string, number> = {};

describe('layout shift of a banner at the top (built files)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });
  after(() => console.log(`CLS: ${JSON.stringify(figures)}`));

  for (const overlay of [false, true]) {
    const mode = overlay ? 'overlay' : 'in flow';
    const element = (src: string) => `<status-banner src="${src}" position="top"${overlay ? ' overlay' : ''}></status-banner>`;

    it(`${mode}, shown from stored state on a reload (status-banner.full.js, a blocking script): in place before the first paint, CLS 0`, async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
      const result = await measure(page('<script src="/dist/status-banner.full.js"></script>', element(src)), true);
      figures[`${mode}, stored, full.js`] = result.layoutShift;
      expect(result.layoutShift).to.equal(0);
      expect(result.slid, 'no entrance: it was there from the start').to.equal(false);
      expect(result.shownAt!, 'shown before the first paint').to.be.below(result.firstPaint);
    });

    it(`${mode}, a late feed (full.js): slides in; the content moves once in the flow, never under an overlay`, async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()), { delay: 600 });
      const result = await measure(page('<script src="/dist/status-banner.full.js"></script>', element(src)), false);
      figures[`${mode}, late, full.js`] = result.layoutShift;
      expect(result.slid, 'slides in').to.equal(true);
      if (overlay) expect(result.layoutShift).to.equal(0);
      else expect(result.layoutShift).to.be.above(0).and.below(0.1);
    });

    it(`${mode}, shown from stored state through the loader (status-banner.js, deferred): its place held open, CLS 0`, async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
      const result = await measure(page('<script src="/dist/status-banner.js" defer></script>', element(src)), true);
      figures[`${mode}, stored, loader`] = result.layoutShift;
      // The element chunk arrives after the first paint (an import the page cannot block on); in the
      // flow, the loader holds the banner's last height open until it does.
      expect(result.layoutShift).to.equal(0);
      expect(result.slid, 'no entrance into a place held open').to.equal(false);
    });

    it(`${mode}, through the loader, the held place is released once the banner is drawn`, async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
      const frame = frameFor(page('<script src="/dist/status-banner.js" defer></script>', element(src)));
      frames.push(frame);
      await load(frame, () => document.body.append(frame));
      await settle(frame);
      await load(frame, () => frame.contentWindow!.location.reload());
      await settle(frame);
      const banner = frame.contentDocument!.querySelector<HTMLElement>('status-banner')!;
      expect([banner.hasAttribute('data-reserved'), banner.style.minHeight, banner.style.display]).to.deep.equal([false, '', '']);
    });
  }

  it('auto-mounted by full.js (data-src, deferred), shown from stored state: figures', async () => {
    const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
    const result = await measure(page(`<script src="/dist/status-banner.full.js" data-src="${src}" defer></script>`, ''), true);
    figures['in flow, stored, full.js auto-mounted (defer)'] = result.layoutShift;
    figures['in flow, stored, full.js auto-mounted (defer): shown before first paint'] = Number(result.shownAt! < result.firstPaint);
    expect(result.layoutShift).to.be.below(0.1);
  });

  it('bottom, a late feed: an overlay, CLS 0', async () => {
    const src = feedUrl(SCENARIOS['identified-eta'](Date.now()), { delay: 600 });
    const result = await measure(
      page('<script src="/dist/status-banner.full.js"></script>', `<status-banner src="${src}" position="bottom"></status-banner>`),
      false,
    );
    figures['bottom, late, full.js'] = result.layoutShift;
    expect(result.layoutShift).to.equal(0);
  });
});
