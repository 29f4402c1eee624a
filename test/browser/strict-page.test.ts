/**
 * Strict host pages: the built `dist/status-banner.js`, loaded by its script tag on a page served
 * with `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'` (test/browser/fixtures/strict-page/middleware.js), and on
 * such a page where Web Storage throws on every call. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { feedUrl, waitFor } from './helpers.js';

type FrameWindow = Window & typeof globalThis & { __problems: string[]; __storageCalls?: number };

const frames: HTMLIFrameElement[] = [];

async function strictPage(query: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 400px';
  frame.src = `/__strict-page?${new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

const win = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;
const banner = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('status-banner');
const shown = (frame: HTMLIFrameElement) => banner(frame)?.shadowRoot?.querySelector<HTMLElement>('[part="banner"]') ?? null;

describe('strict host pages (built bundle)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('the test page really is strict: inline styles are blocked and reported, string-to-script sinks refused', async () => {
    const frame = await strictPage({ src: feedUrl(SCENARIOS['all-clear'](Date.now())) });
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    expect(() => (script.textContent = 'window.__inline = true')).to.throw(/TrustedScript/);
    const style = doc.createElement('style');
    style.textContent = 'body { color: red }';
    doc.head.append(style);
    await waitFor(() => win(frame).__problems.some((problem) => problem.startsWith('csp: style-src')));
    expect(win(frame).getComputedStyle(doc.body).color).to.not.equal('rgb(255, 0, 0)');
    win(frame).__problems.length = 0;
  });

  it('renders under default-src/script-src/style-src self and require-trusted-types-for, with no violation', async () => {
    const frame = await strictPage({ src: feedUrl(SCENARIOS['identified-eta'](Date.now())) });
    await waitFor(() => shown(frame) !== null);
    const part = shown(frame)!;
    expect(part.querySelector('[part="title"]')!.textContent).to.equal('API errors');
    // Styles arrive as constructed stylesheets, which style-src 'self' allows: the banner is styled, not bare.
    const style = win(frame).getComputedStyle(part);
    expect(style.display).to.equal('flex');
    expect(style.borderInlineStartWidth).to.equal('4px');
    expect(banner(frame)!.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(banner(frame)!.shadowRoot!.querySelector('style')).to.equal(null);
    expect(win(frame).__problems).to.deep.equal([]);
  });

  it('with trusted-types restricted to `lit-html`, still renders with no violation', async () => {
    const frame = await strictPage({ src: feedUrl(SCENARIOS.monitoring(Date.now())), 'trusted-types': 'lit-html' });
    await waitFor(() => shown(frame) !== null);
    expect(shown(frame)!.querySelector('[part="state"]')!.textContent).to.equal('Monitoring');
    expect(win(frame).__problems).to.deep.equal([]);
  });

  it('needs that name: trusted-types naming only other policies stops it, and says so', async () => {
    const frame = await strictPage({ src: feedUrl(SCENARIOS.monitoring(Date.now())), 'trusted-types': 'some-other-policy' });
    await waitFor(() => win(frame).__problems.length > 0);
    // The element chunk cannot create its policy: the violation is reported, and the banner stays away.
    expect(win(frame).__problems.join('\n')).to.match(/trusted-types.*status-banner-element|Policy "lit-html" disallowed/);
    expect(shown(frame)).to.equal(null);
  });

  it('renders under a nonce-only script-src: the loader passes its nonce on to the element chunk', async () => {
    const frame = await strictPage({ src: feedUrl(SCENARIOS.monitoring(Date.now())), nonce: 'n0nce-4-test' });
    await waitFor(() => shown(frame) !== null);
    expect(frame.contentDocument!.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!.nonce).to.equal('n0nce-4-test');
    expect(win(frame).__problems).to.deep.equal([]);
  });

  describe('with Web Storage throwing on every call', () => {
    it('renders, dismisses for the page (in memory), and no exception reaches the page', async () => {
      const src = feedUrl(SCENARIOS['identified-eta'](Date.now()));
      const frame = await strictPage({ src, storage: 'throw' });
      // The page is as hostile as intended: storage cannot even be reached.
      expect(() => win(frame).localStorage).to.throw();
      expect(() => Storage.prototype.getItem.call(localStorage, 'x')).to.not.throw();
      await waitFor(() => shown(frame) !== null);
      expect(win(frame).__storageCalls ?? 0, 'the element tried storage').to.be.greaterThan(0);

      shown(frame)!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await waitFor(() => shown(frame) === null);
      expect(banner(frame)!.hasAttribute('data-impact')).to.equal(false);

      // A second banner on the same page, same feed: the dismissal holds for the page.
      const second = frame.contentDocument!.createElement('status-banner');
      second.setAttribute('src', src);
      let changed = false;
      second.addEventListener('status-banner-change', () => (changed = true));
      frame.contentDocument!.body.append(second);
      await waitFor(() => changed);
      await (second as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(second.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);

      expect(win(frame).__problems).to.deep.equal([]);
    });

    it('Escape dismisses too, and a new update brings the banner back', async () => {
      const now = Date.now();
      const frame = await strictPage({ src: feedUrl(SCENARIOS.investigating(now)), storage: 'throw' });
      await waitFor(() => shown(frame) !== null);
      const dismiss = shown(frame)!.querySelector<HTMLButtonElement>('[part="dismiss"]')!;
      dismiss.focus();
      dismiss.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await waitFor(() => shown(frame) === null);
      expect(win(frame).__problems).to.deep.equal([]);
    });
  });
});
