/**
 * The built `dist/status-banner.js` itself, in iframes, exactly as a site would load it:
 * a broken bundle (untransformed decorators, a missing chunk) fails here.
 */
import { expect } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { dismissalsKey } from '../../src/present/dismissals.js';
import { feedUrl, waitFor } from './helpers.js';

const frames: HTMLIFrameElement[] = [];

async function loadPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '400px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${body}</head><body><p id="content">Product</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

function shownBanner(frame: HTMLIFrameElement) {
  const banner = frame.contentDocument!.querySelector('status-banner');
  return banner?.shadowRoot?.querySelector('[part="banner"]') ?? null;
}

describe('dist/status-banner.js (script tag)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  it('with data-src alone, mounts a banner as the first child of body, at the top in the flow, as a bar', async () => {
    const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
    const frame = await loadPage(`<script src="/dist/status-banner.js" data-src="${src}" defer></script>`);
    await waitFor(() => shownBanner(frame) !== null);
    const doc = frame.contentDocument!;
    const banner = doc.body.firstElementChild!;
    expect(banner.localName).to.equal('status-banner');
    expect(banner.getAttribute('src')).to.equal(src);
    expect(banner.getAttribute('position')).to.equal('top');
    expect(frame.contentWindow!.getComputedStyle(banner).position).to.equal('sticky');
    expect(shownBanner(frame)!.classList.contains('bar')).to.equal(true);
    expect(shownBanner(frame)!.querySelector('[part="title"]')!.textContent).to.equal('API errors');
  });

  it('copies the other data-* attributes to the element', async () => {
    const src = feedUrl(SCENARIOS.monitoring(Date.now()));
    const frame = await loadPage(
      `<script src="/dist/status-banner.js" data-src="${src}" data-position="bottom" data-locale="fr" data-resolved-for="60" data-persistent defer></script>`,
    );
    await waitFor(() => shownBanner(frame) !== null);
    const banner = frame.contentDocument!.querySelector('status-banner')!;
    expect(banner.getAttribute('position')).to.equal('bottom');
    expect(banner.getAttribute('resolved-for')).to.equal('60');
    expect(shownBanner(frame)!.querySelector('[part="state"]')!.textContent).to.equal('Sous surveillance');
    expect(shownBanner(frame)!.querySelector('[part="dismiss"]')).to.equal(null);
  });

  it('without data-src, mounts nothing, and finds a <status-banner> that markup adds later', async () => {
    const src = feedUrl(SCENARIOS.investigating(Date.now()));
    const frame = await loadPage(`<script src="/dist/status-banner.js"></script>`);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('status-banner')).to.equal(null);
    // Nothing to show yet: the element's code is not even loaded.
    expect(frame.contentWindow!.customElements.get('status-banner')).to.equal(undefined);
    doc.body.insertAdjacentHTML('beforeend', `<status-banner src="${src}"></status-banner>`);
    await waitFor(() => shownBanner(frame) !== null);
  });

  /** Counts status-banner-change in the frame from its first script on, so a state applied at once is seen too. */
  const COUNT_CHANGES = `<script>window.changes = 0; addEventListener('status-banner-change', () => window.changes++);</script>`;
  const changes = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { changes?: number }).changes ?? 0;
  const feedRequests = (frame: HTMLIFrameElement) =>
    frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/__feed')).length;

  /**
   * Records, from the frame's first script on, each fetch as it is called and whether the frame has
   * taken the feed's Web Lock (the tab that holds it polls; poll/leader-lock.ts).
   */
  const RECORD_POLLING = `<script>window.polling = { fetches: [], leading: false };
    const realFetch = fetch;
    window.fetch = (input, init) => (polling.fetches.push(String(input)), realFetch(input, init));
    const realRequest = navigator.locks.request.bind(navigator.locks);
    navigator.locks.request = (name, options, callback) => realRequest(name, options, (lock) => ((polling.leading = true), callback(lock)));</script>`;
  const polling = (frame: HTMLIFrameElement) =>
    (frame.contentWindow as Window & { polling: { fetches: string[]; leading: boolean } }).polling;

  async function reload(frame: HTMLIFrameElement): Promise<void> {
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
  }

  it('a dismissal survives a reload', async () => {
    const src = feedUrl(SCENARIOS.investigating(Date.now()));
    const frame = await loadPage(`${COUNT_CHANGES}<script src="/dist/status-banner.js" data-src="${src}" defer></script>`);
    await waitFor(() => shownBanner(frame) !== null);
    shownBanner(frame)!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await waitFor(() => shownBanner(frame) === null);
    expect(localStorage.getItem(dismissalsKey(new URL(src, location.href).href))).to.include('incident:api-errors');

    await reload(frame);
    await waitFor(() => changes(frame) > 0);
    const banner = frame.contentDocument!.querySelector('status-banner') as HTMLElement & { updateComplete: Promise<boolean> };
    await banner.updateComplete;
    expect(shownBanner(frame)).to.equal(null);
    expect(banner.hasAttribute('data-impact')).to.equal(false);
  });

  it('a reload shows the last good state at once and fetches only when the interval is due', async () => {
    const src = feedUrl(SCENARIOS.investigating(Date.now()));
    const frame = await loadPage(`${RECORD_POLLING}<script src="/dist/status-banner.js" data-src="${src}" defer></script>`);
    await waitFor(() => shownBanner(frame) !== null);
    expect(feedRequests(frame)).to.equal(1);

    await reload(frame);
    await waitFor(() => shownBanner(frame) !== null);
    expect(shownBanner(frame)!.querySelector('[part="title"]')!.textContent).to.equal('API errors');
    // Once the frame leads the feed's polling, its loop is armed: a fetch due now would be in a 0 ms
    // timer, which runs before the one queued here. Fetch calls are counted as they are made, so a
    // slow answer cannot hide one.
    await waitFor(() => polling(frame).leading);
    await new Promise((resolve) => frame.contentWindow!.setTimeout(resolve, 0));
    expect(polling(frame).fetches).to.deep.equal([]);
    expect(feedRequests(frame)).to.equal(0);
  });
});
