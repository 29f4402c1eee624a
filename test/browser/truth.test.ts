/**
 * Issue #10's rules in the real elements: random feeds of every format (times from minutes to a
 * century either side, at the ends of what a Date holds, with offsets) served over HTTP to
 * `<status-banner>` and `<status-page>`, with the device clock set anywhere from now to a century
 * away (sinon fake-timers, `Date` only). Whatever they render: no uncaught exception, no time in the
 * wrong tense, no text from a time that failed to format, no state the attribute should not carry.
 * The exhaustive checks on the views are in test/integration/fuzz/truth.test.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as FakeTimersModule from '@sinonjs/fake-timers';
import '../../src/page/define-status-page.js';
import { clock, incidentioDocument, instatusDocument, nativeFeed, statuspageDocument } from '../integration/fuzz/truth-arbitraries.js';
import { cleanup, feedUrl, mount, part } from './helpers.js';

/** Served by the fake-timers plugin (web-test-runner.config.js); a variable, as TypeScript cannot resolve the path. */
const FAKE_TIMERS_URL = '/__fake-timers.js';
const { default: FakeTimers } = (await import(FAKE_TIMERS_URL)) as { default: typeof FakeTimersModule };

const RUNS_PER_FORMAT = 20;
const SEED = 20261125;
const STATES = new Set(['investigating', 'identified', 'monitoring', 'resolved', 'scheduled', 'in_progress']);
/** What no rendered text may contain: a time that failed to format. */
const BROKEN = /NaN|Invalid Date|undefined|Infinity/;

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`rejection: ${String(event.reason)}`));

const shown = { banners: 0, pageItems: 0 };

const textOf = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** `eta` sentences: only a window's own start ("Started 2 hours ago") may be past. */
function expectNoPastPlan(eta: string, where: string): void {
  for (const sentence of eta.split(/(?<=\.) /)) if (!sentence.startsWith('Started')) expect(sentence, where).not.to.match(/\bago\b/);
}

async function checkBanner(src: string): Promise<void> {
  const banner = await mount({ src, locale: 'en' });
  const root = banner.shadowRoot!;
  expect(textOf(root.firstElementChild)).not.to.match(BROKEN);
  expect(textOf(part(banner, 'updated')), 'a past event in the future tense').not.to.match(/^(Updated|Started) in /);
  expectNoPastPlan(textOf(part(banner, 'eta')), 'eta');
  for (const other of part(banner, 'more')?.querySelectorAll('li') ?? [])
    expect(textOf(other)).not.to.match(/\b(Starts|Ends|fixed|Next update) [^.]*\bago\b/);
  const state = banner.getAttribute('data-state');
  if (state !== null) expect(STATES.has(state), `data-state ${state}`).to.equal(true);
  if (part(banner, 'banner')) {
    shown.banners++;
    expect(banner.hasAttribute('data-impact')).to.equal(true);
  }
  banner.remove();
}

async function checkPage(src: string): Promise<void> {
  const page = document.createElement('status-page');
  page.setAttribute('locale', 'en');
  page.src = src;
  document.body.append(page);
  await page.updateComplete;
  const root = page.shadowRoot!;
  // Rendered once the feed is read (or reported unreadable).
  for (let wait = 0; wait < 100 && !root.querySelector('section, .failure'); wait++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await page.updateComplete;
  }
  expect(textOf(root.firstElementChild)).not.to.match(BROKEN);
  shown.pageItems += root.querySelectorAll('article').length;
  // Incidents are past events: none of their times reads "(in …)"; a listed window's end is never "ago".
  for (const article of root.querySelectorAll('article:not([data-impact="maintenance"])')) {
    for (const time of article.querySelectorAll('dd, .timeline p')) expect(textOf(time), 'an incident time').not.to.match(/\(in /);
  }
  for (const article of root.querySelectorAll('article[data-impact="maintenance"]'))
    expectNoPastPlan(textOf(article.querySelector('.eta')), 'page eta');
  expect(textOf(root.querySelector('footer')), 'feed updated').not.to.match(/\(in /);
  page.remove();
}

describe('#10 rules in Chromium: random feeds and clocks into the real elements', () => {
  afterEach(() => {
    cleanup();
    for (const page of document.querySelectorAll('status-page')) page.remove();
  });

  const formats = { native: nativeFeed, statuspage: statuspageDocument, incidentio: incidentioDocument, instatus: instatusDocument };
  for (const [format, documents] of Object.entries(formats)) {
    it(`${format}: ${RUNS_PER_FORMAT} feeds and clocks, banner and page`, async function () {
      this.timeout(60_000);
      const before = { ...shown };
      await fc.assert(
        fc.asyncProperty(documents, clock, async (doc, now) => {
          const fake = FakeTimers.withGlobal(window).install({ now, toFake: ['Date'] });
          try {
            const src = feedUrl(doc);
            await checkBanner(src);
            await checkPage(src);
          } finally {
            fake.uninstall();
            cleanup();
          }
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
        }),
        { numRuns: RUNS_PER_FORMAT, seed: SEED },
      );
      // Not vacuous: banners and page items were rendered.
      expect(shown.banners - before.banners).to.be.greaterThan(RUNS_PER_FORMAT / 4);
      expect(shown.pageItems - before.pageItems).to.be.greaterThan(RUNS_PER_FORMAT / 2);
    });
  }
});
