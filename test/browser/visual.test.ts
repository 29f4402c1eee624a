/**
 * Visual baselines: every state of the banner as pictures, compared with the PNGs committed under
 * test/browser/__screenshots__/baseline/ (`npm run screenshots:update` refreshes them, and
 * `npm run screenshots` copies the README's gallery from them). The pictures change only when the
 * look does: the clock is frozen (a fake Date at NOW), the time zone is UTC, motion is reduced,
 * and the font is pinned to Liberation Sans (fonts-liberation, which Debian's chromium package
 * recommends and CI's image has; DejaVu, fontconfig's default, would do as well but looks less
 * like the Arial or Helvetica most readers have).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { SCENARIOS } from '../../demo/scenarios.js';
import type { StatusBanner } from '../../src/banner/status-banner.js';
import { cleanup, feedUrl, mount, part } from './helpers.js';

const NOW = Date.parse('2026-11-24T09:40:00Z');
const FONT = 'Liberation Sans';

export const STATES = [
  'investigating',
  'identified-eta',
  'eta-overdue',
  'monitoring',
  'resolved-postmortem',
  'maintenance-upcoming',
  'maintenance-in-progress',
  'three-incidents',
] as const;
type State = (typeof STATES)[number];

/** The README's theming example: custom properties and parts only. */
const THEMED = `
  --status-banner-font-family: 'Liberation Serif', serif;
  --status-banner-background: #fffbea;
  --status-banner-major-accent: #c2410c;
  --status-banner-radius: 14px;
  --status-banner-shadow: 0 6px 20px rgb(194 65 12 / 0.18);
  --status-banner-padding: 1em 1.25em;`;

interface Shot {
  state: State;
  layout: 'bar' | 'card';
  theme?: 'light' | 'dark';
  locale?: 'en' | 'fr';
  /** Inline declarations on the picture's frame (custom properties reach the banner through it). */
  style?: string;
}

/** The media features in force for every picture, plus `extra`. */
const media = (extra: { name: string; value: string }[] = []) =>
  executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }, ...extra]);

/**
 * Mounts the banner as a host would, in a frame of the host's background (a bar at the top of the
 * page, a card in the content with room for its shadow), and resolves with both once painted.
 */
async function stage({ state, layout, theme = 'light', locale = 'en', style = '' }: Shot) {
  const frame = document.createElement('div');
  frame.style.cssText = `background: ${theme === 'dark' ? '#0d1117' : '#f6f8fa'}; padding: ${layout === 'bar' ? '0 0 8px' : '16px'};
    --status-banner-font-family: '${FONT}'; ${style}`;
  document.body.append(frame);
  const banner = await mount(
    { src: feedUrl(SCENARIOS[state](NOW)), locale, layout, theme, position: layout === 'bar' ? 'top' : 'inline' },
    frame,
  );
  expect(part(banner, 'banner'), `${state} shows`).to.not.equal(null);
  return { frame, banner };
}

async function shoot(name: string, shot: Shot, act?: (banner: StatusBanner) => Promise<void> | void): Promise<void> {
  const { frame, banner } = await stage(shot);
  if (act) {
    await act(banner);
    await banner.updateComplete;
  }
  await visualDiff(frame, name);
}

const click = (banner: StatusBanner, selector: string) => banner.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

describe('visual baselines', () => {
  let clock: { uninstall(): void };

  before(async () => {
    document.body.style.margin = '0';
    // Served by the fake-timers plugin (see CLOCK_SCRIPT); a URL, not a package, for the browser.
    const served = '/__fake-timers.js';
    const { default: FakeTimers } = (await import(served)) as { default: typeof import('@sinonjs/fake-timers') };
    // Date only: timers and rendering run in real time, and the clock never moves.
    clock = FakeTimers.withGlobal(window).install({ now: NOW, toFake: ['Date'] });
    await executeServerCommand('emulate-time-zone', 'UTC');
    await media();
    await document.fonts.load(`15px '${FONT}'`);
    expect(document.fonts.check(`15px '${FONT}'`), `${FONT} installed (Debian: fonts-liberation)`).to.equal(true);
  });

  after(async () => {
    clock.uninstall();
    await executeServerCommand('emulate-time-zone', '');
    await media();
    await setViewport({ width: 800, height: 600 });
    document.body.style.margin = '';
  });

  afterEach(cleanup);
  afterEach(() => {
    for (const frame of document.querySelectorAll('body > div')) frame.remove();
  });

  for (const width of [1280, 320]) {
    describe(`${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));

      for (const layout of ['bar', 'card'] as const)
        for (const theme of ['light', 'dark'] as const)
          for (const locale of ['en', 'fr'] as const)
            for (const state of STATES) {
              const name = `${width}/${layout}-${theme}-${locale}-${state}`;
              it(name, () => shoot(name, { state, layout, theme, locale }));
            }

      it(`${width}/bar-light-en-identified-eta-open: details disclosed`, () =>
        shoot(`${width}/bar-light-en-identified-eta-open`, { state: 'identified-eta', layout: 'bar' }, (banner) =>
          click(banner, '.toggle'),
        ));

      it(`${width}/bar-light-fr-three-incidents-second: the next item brought to the front`, () =>
        shoot(`${width}/bar-light-fr-three-incidents-second`, { state: 'three-incidents', layout: 'bar', locale: 'fr' }, (banner) =>
          click(banner, '[part="more"] button:last-child'),
        ));
    });
  }

  describe('forced colours, 1280 px', () => {
    before(async () => {
      await setViewport({ width: 1280, height: 800 });
      await media([{ name: 'forced-colors', value: 'active' }]);
    });
    after(() => media());

    for (const state of STATES) {
      const name = `forced-colors/bar-en-${state}`;
      it(name, () => shoot(name, { state, layout: 'bar' }));
    }
  });

  describe('200 % zoom of a 1280 px window (640 CSS px, 2 device pixels each)', () => {
    before(() => setViewport({ width: 640, height: 800, deviceScaleFactor: 2 }));

    for (const state of STATES) {
      const name = `zoom-200/bar-en-${state}`;
      it(name, () => shoot(name, { state, layout: 'bar' }));
    }
  });

  describe('720 px: the README gallery’s cards (npm run screenshots)', () => {
    before(() => setViewport({ width: 720, height: 800 }));

    for (const state of STATES) {
      const name = `720/card-light-en-${state}`;
      it(name, () => shoot(name, { state, layout: 'card' }));
    }
    it('720/card-dark-en-identified-eta', () =>
      shoot('720/card-dark-en-identified-eta', { state: 'identified-eta', layout: 'card', theme: 'dark' }));
    it('720/card-themed: the README theming example', () =>
      shoot('720/card-themed', { state: 'identified-eta', layout: 'card', style: THEMED }));
  });
});
