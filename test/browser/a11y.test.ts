/**
 * Accessibility, measured in Chromium: axe-core in every demo state, as a card and as a bar, in
 * light, dark and forced colours; keyboard order, the bar's disclosure, Escape, no trap and no
 * focus theft; target size; text contrast computed from the painted colours of the default
 * themes and of forced colours; reduced motion; 320 px and 200 % zoom; RTL.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { SCENARIOS } from '../../demo/scenarios.js';
import type { StatusBanner } from '../../src/banner/status-banner.js';
import { cleanup, expectAccessible, feedUrl, mount, part, text, waitFor } from './helpers.js';

type Scenario = keyof typeof SCENARIOS;
const SHOWN = (Object.keys(SCENARIOS) as Scenario[]).filter((name) => name !== 'all-clear');
const scenario = (name: Scenario) => feedUrl(SCENARIOS[name](Date.now()));

/** Sets the emulated media features in force (test/browser/fixtures/a11y/media-features-plugin.js). */
const media = (features: Record<string, string> = {}) =>
  executeServerCommand(
    'emulate-media-features',
    Object.entries(features).map(([name, value]) => ({ name, value })),
  );

const THEMES = {
  light: { 'prefers-color-scheme': 'light' },
  dark: { 'prefers-color-scheme': 'dark' },
  'forced colours': { 'forced-colors': 'active' },
} satisfies Record<string, Record<string, string>>;

async function settled(banner: StatusBanner): Promise<void> {
  await Promise.all(banner.shadowRoot!.getAnimations().map((animation) => animation.finished));
}

/** A button of the banner's shadow tree, by selector or by accessible name. */
function button(banner: StatusBanner, selectorOrName: string): HTMLButtonElement {
  const root = banner.shadowRoot!;
  const found =
    root.querySelector<HTMLButtonElement>(`button[aria-label="${selectorOrName}"]`) ??
    root.querySelector<HTMLButtonElement>(selectorOrName);
  if (!found) throw new Error(`no button ${selectorOrName}`);
  return found;
}

/** Brings the previous or next item to the front. */
async function show(banner: StatusBanner, which: 'Previous' | 'Next'): Promise<void> {
  button(banner, which).click();
  await banner.updateComplete;
}

// ---- contrast, WCAG 2.2 relative luminance -------------------------------------------------

function rgb(color: string): [number, number, number, number] {
  const match =
    /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/?\s*([\d.]+))?\)$/.exec(color) ??
    /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (!match) throw new Error(`unreadable colour ${color}`);
  const scale = color.startsWith('color(') ? 255 : 1;
  return [Number(match[1]) * scale, Number(match[2]) * scale, Number(match[3]) * scale, match[4] === undefined ? 1 : Number(match[4])];
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

function contrast(foreground: string, background: string): number {
  const bg = rgb(background);
  expect(bg[3], `opaque background ${background}`).to.equal(1);
  const fg = rgb(foreground);
  // A translucent text colour is painted over the background.
  const painted = fg.slice(0, 3).map((value, index) => value * fg[3] + bg[index]! * (1 - fg[3]));
  const [light, dark] = [luminance(painted), luminance(bg)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT_PARTS = ['title', 'state', 'message', 'eta', 'updated', 'link', 'more'];
/** Graphics, held to WCAG 1.4.11's 3:1. */
const NON_TEXT_PARTS = ['icon', 'dismiss'];
const measured: Record<string, number> = {};
/** The lowest pair of each theme, for the report. */
const lowest: Record<string, { ratio: number; pair: string }> = {};

describe('accessibility', () => {
  afterEach(async () => {
    cleanup();
    await media();
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '';
    document.documentElement.removeAttribute('dir');
  });

  after(() => {
    console.log(`contrast (min per theme and part): ${JSON.stringify(measured)}`);
    console.log(`contrast (lowest pair per theme): ${JSON.stringify(lowest)}`);
  });

  for (const [theme, features] of Object.entries(THEMES)) {
    describe(`axe-core, ${theme}`, () => {
      for (const layout of ['card', 'bar'])
        for (const name of Object.keys(SCENARIOS) as Scenario[]) {
          it(`${layout}: ${name}`, async () => {
            await media(features);
            expect(
              matchMedia(
                Object.entries(features)
                  .map(([feature, value]) => `(${feature}: ${value})`)
                  .join(' and '),
              ).matches,
            ).to.equal(true);
            const banner = await mount({ src: scenario(name), locale: 'en', layout });
            expect(part(banner, 'banner') === null).to.equal(name === 'all-clear');
            await expectAccessible(banner);
          });
        }

      it('bar: three incidents, the second in front, its details disclosed', async () => {
        await media(features);
        const banner = await mount({ src: scenario('three-incidents'), locale: 'en', layout: 'bar' });
        await show(banner, 'Next');
        button(banner, '.toggle').click();
        await banner.updateComplete;
        expect(part(banner, 'message')!.checkVisibility()).to.equal(true);
        await expectAccessible(banner);
      });
    });
  }

  describe('contrast, measured on what is painted: text ≥ 4.5:1, icons ≥ 3:1', () => {
    /** The colour painted behind an element: the first opaque background from it up to the banner box. */
    function backgroundOf(element: Element, box: Element): string {
      for (let node: Element | null = element; node && node !== box; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (rgb(colour)[3] === 1) return colour;
      }
      return getComputedStyle(box).backgroundColor;
    }

    for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
      it(theme, async () => {
        await media(THEMES[theme]);
        let checked = 0;
        for (const layout of ['card', 'bar'])
          for (const name of SHOWN) {
            const banner = await mount({ src: scenario(name), locale: 'en', layout });
            // The bar's details, disclosed: the message and full times are measured too.
            banner.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')?.click();
            await banner.updateComplete;
            await settled(banner);
            const box = part(banner, 'banner')!;
            for (const partName of [...TEXT_PARTS, ...NON_TEXT_PARTS]) {
              for (const element of banner.shadowRoot!.querySelectorAll(`[part~="${partName}"]`)) {
                if (!element.checkVisibility()) continue;
                const [foreground, background] = [getComputedStyle(element).color, backgroundOf(element, box)];
                const ratio = Math.round(contrast(foreground, background) * 100) / 100;
                const key = `${theme} ${partName}`;
                measured[key] = Math.min(measured[key] ?? Infinity, ratio);
                if (ratio < (lowest[theme]?.ratio ?? Infinity))
                  lowest[theme] = { ratio, pair: `${layout} ${name} ${partName}: ${foreground} on ${background}` };
                const minimum = NON_TEXT_PARTS.includes(partName) ? 3 : 4.5;
                expect(ratio, `${layout} ${name}: ${partName} ${foreground} on ${background}`).to.be.at.least(minimum);
                checked++;
              }
            }
            cleanup();
          }
        expect(checked).to.be.at.least(SHOWN.length * 2 * 6);
      });
    }
  });

  describe('keyboard', () => {
    function surround(): [HTMLButtonElement, HTMLButtonElement, HTMLDivElement] {
      const before = document.createElement('button');
      before.textContent = 'before';
      const slot = document.createElement('div');
      const after = document.createElement('button');
      after.textContent = 'after';
      document.body.append(before, slot, after);
      return [before, after, slot];
    }

    afterEach(() => {
      for (const button of document.querySelectorAll('body > button')) button.remove();
      for (const div of document.querySelectorAll('body > div:empty')) div.remove();
    });

    /** Presses Tab `count` times and names what each press focused: its part, else its accessible name, else its tag. */
    async function tabThrough(banner: StatusBanner, count: number): Promise<string[]> {
      const visited: string[] = [];
      for (let press = 0; press < count; press++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === banner ? banner.shadowRoot!.activeElement : document.activeElement;
        visited.push(active?.getAttribute('part') ?? active?.getAttribute('aria-label') ?? active?.className ?? 'none');
      }
      return visited;
    }

    it('Tab reaches the link, previous, next, then dismiss, and leaves the banner after dismiss', async () => {
      const [before, after, slot] = surround();
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en' }, slot);
      before.focus();
      expect(await tabThrough(banner, 5)).to.deep.equal(['link', 'Previous', 'Next', 'dismiss', '']);
      expect(document.activeElement === after, 'Tab from dismiss leaves the banner').to.equal(true);
      // And back again.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(banner.shadowRoot!.activeElement?.getAttribute('part')).to.equal('dismiss');
    });

    it('bar: Tab reaches the details disclosure first; Enter and Space open and close it', async () => {
      const [before, , slot] = surround();
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en', layout: 'bar' }, slot);
      before.focus();
      expect(await tabThrough(banner, 5)).to.deep.equal(['toggle', 'link', 'Previous', 'Next', 'dismiss']);
      const toggle = button(banner, '.toggle');
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('details');
      expect(part(banner, 'message')!.checkVisibility(), 'message hidden').to.equal(false);
      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(part(banner, 'message')!.checkVisibility(), 'message shown').to.equal(true);
      expect(banner.shadowRoot!.getElementById('details')!.contains(part(banner, 'message'))).to.equal(true);
      await sendKeys({ press: 'Space' });
      await banner.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(banner.shadowRoot!.activeElement === toggle, 'focus stays on the disclosure').to.equal(true);
    });

    it('previous and next keep focus where it was while the item in front changes', async () => {
      const [, , slot] = surround();
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en' }, slot);
      const next = button(banner, 'Next');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;
      expect(text(banner, 'title')).to.equal('Webhooks delayed');
      expect(banner.shadowRoot!.activeElement === next).to.equal(true);
      await sendKeys({ press: 'Space' });
      await banner.updateComplete;
      expect(text(banner, 'title')).to.equal('Search is slow');
      expect(text(banner, 'more')).to.equal('‹3 of 3›');
    });

    it('Escape anywhere inside the banner dismisses the item shown; focus is not trapped afterwards', async () => {
      const [, after, slot] = surround();
      for (const target of ['link', 'Next', 'dismiss']) {
        const banner = await mount({ src: scenario('three-incidents'), locale: 'en' }, slot);
        expect(text(banner, 'title')).to.equal('Sign-in unavailable');
        const element = target === 'Next' ? button(banner, 'Next') : part(banner, target)!;
        element.focus();
        expect(banner.shadowRoot!.activeElement === element, `${target} focused`).to.equal(true);
        const dismissed = new Promise<CustomEvent<{ key: string }>>((resolve) =>
          banner.addEventListener('status-banner-dismiss', resolve, { once: true }),
        );
        await sendKeys({ press: 'Escape' });
        expect((await dismissed).detail.key, `Escape on ${target}`).to.equal('incident:login-down');
        await banner.updateComplete;
        // The next current item takes its place.
        expect(text(banner, 'title')).to.equal('Webhooks delayed');
        localStorage.clear();
        banner.remove();
      }
      const single = await mount({ src: scenario('investigating'), locale: 'en' }, slot);
      part(single, 'link')!.focus();
      await sendKeys({ press: 'Escape' });
      await single.updateComplete;
      expect(part(single, 'banner') === null, 'the only item dismissed: nothing shown').to.equal(true);
      after.focus();
      expect(document.activeElement === after).to.equal(true);
    });

    it('Escape outside the banner does nothing to it', async () => {
      const [before, , slot] = surround();
      const banner = await mount({ src: scenario('investigating'), locale: 'en' }, slot);
      before.focus();
      await sendKeys({ press: 'Escape' });
      expect(part(banner, 'banner') !== null).to.equal(true);
    });

    it('the banner never takes focus: not on arrival, not on update, and it has no tab stop of its own', async () => {
      const [before, , slot] = surround();
      before.focus();
      const banner = await mount({ src: scenario('investigating'), locale: 'en' }, slot);
      expect(document.activeElement === before, 'focus stays put on arrival').to.equal(true);
      banner.setAttribute('src', scenario('three-incidents'));
      await waitFor(() => part(banner, 'more') !== null);
      expect(document.activeElement === before, 'focus stays put on update').to.equal(true);
      expect(banner.hasAttribute('tabindex')).to.equal(false);
      for (const element of banner.shadowRoot!.querySelectorAll('[tabindex], [autofocus]'))
        expect.fail(`${element.localName} has ${element.getAttributeNames().join(' ')}`);
      expect(banner.tabIndex).to.equal(-1);
    });

    it('every button is at least 24×24 CSS px, with an accessible name', async () => {
      for (const features of [THEMES.light, THEMES['forced colours']]) {
        await media(features);
        const banner = await mount({ src: scenario('three-incidents'), locale: 'en', layout: 'bar' });
        const names: string[] = [];
        for (const control of banner.shadowRoot!.querySelectorAll('button')) {
          const { width, height } = control.getBoundingClientRect();
          const name = control.getAttribute('aria-label') ?? control.textContent.trim();
          expect(width, name).to.be.at.least(24);
          expect(height, name).to.be.at.least(24);
          names.push(name);
        }
        expect(names).to.deep.equal(['Sign-in unavailable', 'Previous', 'Next', 'Dismiss']);
        cleanup();
      }
    });
  });

  describe('motion', () => {
    it('animates its entrance by default', async () => {
      await media({ 'prefers-reduced-motion': 'no-preference' });
      const banner = await mount({ src: scenario('investigating') });
      expect(getComputedStyle(part(banner, 'banner')!).animationName).to.not.equal('none');
    });

    it('prefers-reduced-motion: reduce removes the animation', async () => {
      await media({ 'prefers-reduced-motion': 'reduce' });
      const banner = await mount({ src: scenario('investigating') });
      expect(getComputedStyle(part(banner, 'banner')!).animationName).to.equal('none');
      expect(banner.shadowRoot!.getAnimations()).to.deep.equal([]);
    });
  });

  describe('reflow', () => {
    /** The banner and every text part fit their boxes: nothing scrolls sideways, nothing is clipped. */
    function expectNoOverflow(banner: StatusBanner, width: number): void {
      const box = part(banner, 'banner')!;
      const outer = box.getBoundingClientRect();
      expect(outer.left).to.be.at.least(-0.5);
      expect(outer.right).to.be.at.most(width + 0.5);
      expect(box.scrollWidth, 'banner scroll width').to.be.at.most(box.clientWidth);
      expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(document.documentElement.clientWidth);
      for (const element of banner.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
        // Behind the bar's closed disclosure: measured once it is open.
        if (!element.checkVisibility()) continue;
        const name = element.getAttribute('part')!;
        const rect = element.getBoundingClientRect();
        expect(rect.right, `${name} right edge`).to.be.at.most(outer.right + 0.5);
        expect(rect.left, `${name} left edge`).to.be.at.least(outer.left - 0.5);
        expect(element.scrollWidth, `${name} clipped`).to.be.at.most(element.clientWidth + 1);
      }
    }

    const LONG = 'Elevated_error_rates_on_https://api.acme.example/v2/organisations/{id}/exports_for_every_region';

    it('320 CSS px wide, bar and card: no horizontal overflow, even for unbreakable words, details open or closed', async () => {
      await setViewport({ width: 320, height: 640 });
      const now = Date.now();
      const feed = SCENARIOS['three-incidents'](now);
      feed.incidents![1]!.title = LONG;
      for (const layout of ['bar', 'card']) {
        const banner = await mount({ src: feedUrl(feed), locale: 'fr', position: 'top', layout });
        await settled(banner);
        expect(window.innerWidth).to.equal(320);
        expectNoOverflow(banner, 320);
        banner.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')?.click();
        await banner.updateComplete;
        expectNoOverflow(banner, 320);
        await expectAccessible(banner);
        for (const position of ['2 sur 3', '3 sur 3', '1 sur 3']) {
          button(banner, 'Suivant').click();
          await banner.updateComplete;
          expect(text(banner, 'more')).to.include(position);
          expectNoOverflow(banner, 320);
        }
        cleanup();
      }
    });

    it('200 % browser zoom of a 640 px window (320 CSS px at 2 device pixels per px): no overflow, text not clipped', async () => {
      await setViewport({ width: 320, height: 240, deviceScaleFactor: 2 });
      expect(window.devicePixelRatio).to.equal(2);
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en', position: 'bottom' });
      await settled(banner);
      expect(window.innerWidth).to.equal(320);
      expectNoOverflow(banner, 320);
      button(banner, '.toggle').click();
      await banner.updateComplete;
      expectNoOverflow(banner, 320);
      await expectAccessible(banner);
    });

    it('text resized to 200 % (root font size): the banner text follows, nothing overflows or is clipped', async () => {
      await setViewport({ width: 640, height: 480 });
      const banner = await mount({ src: scenario('identified-eta'), locale: 'en' });
      await settled(banner);
      const normal = parseFloat(getComputedStyle(part(banner, 'title')!).fontSize);
      document.documentElement.style.fontSize = '200%';
      const zoomed = parseFloat(getComputedStyle(part(banner, 'title')!).fontSize);
      expect(zoomed / normal).to.be.closeTo(2, 0.01);
      expectNoOverflow(banner, 640);
    });
  });

  describe('right-to-left', () => {
    it('the accent border is on the inline start (right), the dismiss button on the left', async () => {
      document.documentElement.setAttribute('dir', 'rtl');
      const banner = await mount({ src: scenario('investigating'), locale: 'ar' });
      await settled(banner);
      const box = getComputedStyle(part(banner, 'banner')!);
      expect(box.borderRightWidth).to.equal('4px');
      expect(box.borderLeftWidth).to.equal('0px');
      const dismiss = part(banner, 'dismiss')!.getBoundingClientRect();
      const title = part(banner, 'title')!.getBoundingClientRect();
      const icon = part(banner, 'icon')!.getBoundingClientRect();
      expect(dismiss.right).to.be.at.most(title.left);
      expect(icon.left).to.be.at.least(title.right);
      // The dismiss button's outward nudge mirrors too: it never sticks out of the banner.
      expect(dismiss.left).to.be.at.least(part(banner, 'banner')!.getBoundingClientRect().left);
      await expectAccessible(banner);
    });

    it('previous and next point outward: "previous" on the inline start, its arrow mirrored', async () => {
      for (const dir of ['ltr', 'rtl']) {
        document.documentElement.setAttribute('dir', dir);
        const banner = await mount({ src: scenario('three-incidents'), locale: 'en' });
        const previous = button(banner, 'Previous').getBoundingClientRect();
        const next = button(banner, 'Next').getBoundingClientRect();
        expect(dir === 'rtl' ? previous.left > next.right : previous.right < next.left, `${dir}: order`).to.equal(true);
        cleanup();
      }
    });

    it('left-to-right, for comparison: border on the left, dismiss on the right', async () => {
      const banner = await mount({ src: scenario('investigating'), locale: 'en' });
      await settled(banner);
      expect(getComputedStyle(part(banner, 'banner')!).borderLeftWidth).to.equal('4px');
      expect(part(banner, 'dismiss')!.getBoundingClientRect().left).to.be.at.least(part(banner, 'title')!.getBoundingClientRect().right);
    });

    it('the layout mirrors exactly: the dismiss button sits as far from the inline end in both directions', async () => {
      const gap = async (dir: 'ltr' | 'rtl') => {
        document.documentElement.setAttribute('dir', dir);
        const banner = await mount({ src: scenario('investigating'), locale: 'en' });
        await settled(banner);
        const outer = part(banner, 'banner')!.getBoundingClientRect();
        const dismiss = part(banner, 'dismiss')!.getBoundingClientRect();
        cleanup();
        return { end: dir === 'ltr' ? outer.right - dismiss.right : dismiss.left - outer.left, top: dismiss.top - outer.top };
      };
      const ltr = await gap('ltr');
      const rtl = await gap('rtl');
      expect(rtl.end).to.be.closeTo(ltr.end, 0.5);
      expect(rtl.top).to.be.closeTo(ltr.top, 0.5);
    });
  });
});
