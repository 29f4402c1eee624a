/**
 * The banner on its host: `position="top"` takes its own space (the page moves down, nothing is
 * covered) or, with `overlay`, floats; the document's `--status-banner-block-size` lets a fixed
 * header make room; `theme` follows the host's colour scheme; the bar keeps to one line at
 * 1280 px, and its disclosure is remembered while the item stays the same.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { SCENARIOS } from '../../demo/scenarios.js';
import type { StatusBanner } from '../../src/banner/status-banner.js';
import { cleanup, feedUrl, mount, part, text, waitFor } from './helpers.js';

type Scenario = keyof typeof SCENARIOS;
const scenario = (name: Scenario, now = Date.now()) => feedUrl(SCENARIOS[name](now));
const blockSize = () => document.documentElement.style.getPropertyValue('--status-banner-block-size');

const media = (features: Record<string, string> = {}) =>
  executeServerCommand(
    'emulate-media-features',
    Object.entries(features).map(([name, value]) => ({ name, value })),
  );

/** A host page: a fixed header that offsets itself by the banner, then content. */
function hostPage(): { header: HTMLElement; heading: HTMLElement } {
  const header = document.createElement('header');
  header.style.cssText = 'position: fixed; inset-inline: 0; top: var(--status-banner-block-size, 0px); height: 48px; background: #24292f';
  const heading = document.createElement('h1');
  heading.textContent = 'Dashboard';
  heading.style.cssText = 'margin: 48px 0 0';
  document.body.append(header, heading);
  return { header, heading };
}

describe('the banner on its host', () => {
  before(() => {
    document.body.style.margin = '0';
  });
  after(() => {
    document.body.style.margin = '';
  });

  afterEach(async () => {
    cleanup();
    for (const element of document.querySelectorAll('body > header, body > h1, body > p')) element.remove();
    document.documentElement.style.colorScheme = '';
    document.documentElement.className = '';
    await media();
    await setViewport({ width: 800, height: 600 });
    scrollTo(0, 0);
  });

  describe('position="top"', () => {
    it('takes its own space at the top: the content moves down by its height, nothing is covered', async () => {
      const { heading } = hostPage();
      const before = heading.getBoundingClientRect().top;
      const banner = await mount({ src: scenario('identified-eta'), position: 'top' });
      document.body.prepend(banner);
      await banner.updateComplete;
      const box = banner.getBoundingClientRect();
      expect(getComputedStyle(banner).position).to.equal('sticky');
      expect(box.top).to.equal(0);
      expect(heading.getBoundingClientRect().top).to.be.closeTo(before + box.height, 0.5);
    });

    it('stays in view while the page scrolls, and the offset header stays under it', async () => {
      const { header } = hostPage();
      const tall = document.createElement('p');
      tall.style.height = '3000px';
      document.body.append(tall);
      const banner = await mount({ src: scenario('identified-eta'), position: 'top' });
      document.body.prepend(banner);
      await waitFor(() => blockSize() !== '' && blockSize() !== '0px');
      scrollTo(0, 500);
      await new Promise(requestAnimationFrame);
      expect(banner.getBoundingClientRect().top).to.equal(0);
      expect(header.getBoundingClientRect().top).to.be.closeTo(banner.getBoundingClientRect().bottom, 1);
    });

    it('with overlay: fixed over the page, which does not move; the variable is set too', async () => {
      const { heading, header } = hostPage();
      const before = heading.getBoundingClientRect().top;
      const banner = await mount({ src: scenario('identified-eta'), position: 'top', overlay: true });
      document.body.prepend(banner);
      await waitFor(() => blockSize() !== '' && blockSize() !== '0px');
      expect(getComputedStyle(banner).position).to.equal('fixed');
      expect(heading.getBoundingClientRect().top).to.equal(before);
      expect(blockSize()).to.equal(`${banner.getBoundingClientRect().height}px`);
      expect(header.getBoundingClientRect().top).to.be.closeTo(banner.getBoundingClientRect().bottom, 1);
    });
  });

  describe('--status-banner-block-size on the document root', () => {
    it('is the banner’s height at the top, follows it when the details open, is 0px when nothing shows, and goes with the element', async () => {
      const banner = await mount({ src: scenario('identified-eta'), position: 'top' });
      await waitFor(() => blockSize() === `${banner.getBoundingClientRect().height}px` && blockSize() !== '0px');
      const closed = banner.getBoundingClientRect().height;
      part(banner, 'banner')!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await waitFor(() => blockSize() === `${banner.getBoundingClientRect().height}px`);
      expect(banner.getBoundingClientRect().height).to.be.above(closed);
      part(banner, 'dismiss')!.click();
      await waitFor(() => blockSize() === '0px');
      banner.remove();
      expect(blockSize()).to.equal('');
    });

    it('is set at the bottom too, and not at all for an inline banner', async () => {
      const bottom = await mount({ src: scenario('investigating'), position: 'bottom' });
      await waitFor(() => blockSize() !== '' && blockSize() !== '0px');
      bottom.setAttribute('position', 'inline');
      await waitFor(() => blockSize() === '');
      await mount({ src: scenario('investigating') });
      expect(blockSize()).to.equal('');
    });
  });

  describe('theme', () => {
    const painted = (banner: StatusBanner) => getComputedStyle(part(banner, 'banner')!).backgroundColor;
    const WHITE = 'rgb(255, 255, 255)';
    const DARK = 'rgb(28, 33, 40)';

    it('auto: a light-only host on a dark OS gets a light banner', async () => {
      await media({ 'prefers-color-scheme': 'dark' });
      document.documentElement.style.colorScheme = 'light';
      const banner = await mount({ src: scenario('investigating') });
      expect(banner.dataset['scheme']).to.equal('light');
      expect(painted(banner)).to.equal(WHITE);
    });

    it('auto: a dark-only host on a light OS gets a dark banner', async () => {
      await media({ 'prefers-color-scheme': 'light' });
      document.documentElement.style.colorScheme = 'dark';
      const banner = await mount({ src: scenario('investigating') });
      expect(banner.dataset['scheme']).to.equal('dark');
      expect(painted(banner)).to.equal(DARK);
    });

    it('auto: a host that says nothing, or both, follows the OS, and its changes', async () => {
      await media({ 'prefers-color-scheme': 'dark' });
      const banner = await mount({ src: scenario('investigating') });
      expect(banner.dataset['scheme']).to.equal('dark');
      await media({ 'prefers-color-scheme': 'light' });
      await waitFor(() => banner.dataset['scheme'] === 'light');
      document.documentElement.style.colorScheme = 'light dark';
      await media({ 'prefers-color-scheme': 'dark' });
      await waitFor(() => banner.dataset['scheme'] === 'dark');
      expect(painted(banner)).to.equal(DARK);
    });

    it('auto: follows a host that switches its own scheme at run time (a class on <html>)', async () => {
      const style = document.createElement('style');
      style.textContent = 'html.dark { color-scheme: dark } html.light { color-scheme: light }';
      document.head.append(style);
      await media({ 'prefers-color-scheme': 'light' });
      const banner = await mount({ src: scenario('investigating') });
      expect(banner.dataset['scheme']).to.equal('light');
      document.documentElement.className = 'dark';
      await waitFor(() => banner.dataset['scheme'] === 'dark');
      document.documentElement.className = 'light';
      await waitFor(() => banner.dataset['scheme'] === 'light');
      style.remove();
    });

    it('light and dark override the host and the OS', async () => {
      await media({ 'prefers-color-scheme': 'dark' });
      document.documentElement.style.colorScheme = 'dark';
      const light = await mount({ src: scenario('investigating'), theme: 'light' });
      expect(painted(light)).to.equal(WHITE);
      light.setAttribute('theme', 'dark');
      await light.updateComplete;
      expect(painted(light)).to.equal(DARK);
    });
  });

  describe('the bar', () => {
    /** Every piece of the bar's first line sits on one row: their boxes overlap vertically. */
    function oneLine(banner: StatusBanner): boolean {
      const pieces = [...part(banner, 'banner')!.querySelector('.head')!.children].map((piece) => piece.getBoundingClientRect());
      return pieces.every((box) => box.top < pieces[0]!.bottom && box.bottom > pieces[0]!.top);
    }

    const heights: Record<string, number> = {};
    after(() => console.log(`bar heights, CSS px: ${JSON.stringify(heights)}`));

    for (const locale of ['en', 'fr']) {
      it(`${locale}: one line, at most 48 px tall, at 1280 px in every scenario; wraps at 320 px without overflow`, async () => {
        for (const width of [1280, 320]) {
          await setViewport({ width, height: 800 });
          for (const name of Object.keys(SCENARIOS).filter((key) => key !== 'all-clear') as Scenario[]) {
            const banner = await mount({ src: scenario(name), locale, position: 'top' });
            const height = part(banner, 'banner')!.getBoundingClientRect().height;
            const key = `${width} ${locale}`;
            if (height > (heights[key] ?? 0)) heights[key] = Math.round(height * 10) / 10;
            heights[`${key} ${name}`] = Math.round(height * 10) / 10;
            if (width === 1280) {
              expect(oneLine(banner), `${name}: one line`).to.equal(true);
              expect(height, `${name}: height`).to.be.at.most(48);
            }
            expect(document.documentElement.scrollWidth, `${name} at ${width}: no sideways scroll`).to.be.at.most(width);
            cleanup();
          }
        }
      });
    }

    it('its disclosure stays open while the item stays the same, and closes for news', async () => {
      const now = Date.now();
      const banner = await mount({ src: scenario('identified-eta', now), position: 'top', locale: 'en' });
      const toggle = () => part(banner, 'banner')!.querySelector<HTMLButtonElement>('.toggle')!;
      toggle().click();
      await banner.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      // The same feed read again (another URL, the same words): still open.
      const readAgain = oneEvent(banner, 'status-banner-change');
      banner.setAttribute('src', feedUrl({ ...SCENARIOS['identified-eta'](now), marker: 'again' }));
      await readAgain;
      await banner.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      // A new update: closed, so the news shows in the line first.
      const newer = SCENARIOS['identified-eta'](now);
      newer.incidents![0]!.updates!.unshift({ at: new Date(now).toISOString(), status: 'monitoring', message: 'A fix is in place.' });
      newer.incidents![0]!.status = 'monitoring';
      banner.setAttribute('src', feedUrl(newer));
      await waitFor(() => text(banner, 'state') === 'Monitoring');
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    });

    it('remembers an open disclosure while another item is brought to the front and back', async () => {
      const banner = await mount({ src: scenario('three-incidents'), position: 'top', locale: 'en' });
      const root = banner.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.toggle')!.click();
      root.querySelector<HTMLButtonElement>('button[aria-label="Next"]')!.click();
      await banner.updateComplete;
      expect(root.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('false');
      root.querySelector<HTMLButtonElement>('button[aria-label="Previous"]')!.click();
      await banner.updateComplete;
      expect(text(banner, 'title')).to.equal('Sign-in unavailable');
      expect(root.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('several items', () => {
    it('each can be brought to the front with its message, times, link and dismiss; dismissing shows the next', async () => {
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en' });
      const next = () => banner.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Next"]')!;
      const shown: string[] = [];
      banner.addEventListener('status-banner-show', (event) => shown.push((event as CustomEvent<{ key: string }>).detail.key));
      next().click();
      await banner.updateComplete;
      expect(text(banner, 'title')).to.equal('Webhooks delayed');
      expect(text(banner, 'more')).to.equal('‹2 of 3›');
      expect(text(banner, 'message')).to.equal('We are investigating errors on the API.');
      expect(text(banner, 'updated')).to.equal('Updated 5 minutes ago.');
      expect(part(banner, 'link')!.getAttribute('href')).to.equal('https://status.acme.example/incidents/42');
      expect(banner.dataset['impact']).to.equal('major');
      expect(banner.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
      expect(shown).to.deep.equal(['incident:webhooks-delayed']);
      part(banner, 'dismiss')!.click();
      await banner.updateComplete;
      expect(text(banner, 'title')).to.equal('Search is slow');
      expect(text(banner, 'more')).to.equal('‹2 of 2›');
    });
  });
});
