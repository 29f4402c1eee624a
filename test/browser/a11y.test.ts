/**
 * Accessibility, measured in Chromium: axe-core in every demo state in light, dark and forced
 * colours; keyboard order, Escape, no trap and no focus theft; target size; text contrast computed
 * from the painted colours of the default themes; reduced motion; 320 px and 200 % zoom; RTL.
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

const TEXT_PARTS = ['title', 'state', 'message', 'eta', 'updated', 'link'];
const measured: Record<string, number> = {};

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
  });

  for (const [theme, features] of Object.entries(THEMES)) {
    describe(`axe-core, ${theme}`, () => {
      for (const name of Object.keys(SCENARIOS) as Scenario[]) {
        it(name, async () => {
          await media(features);
          expect(
            matchMedia(
              Object.entries(features)
                .map(([feature, value]) => `(${feature}: ${value})`)
                .join(' and '),
            ).matches,
          ).to.equal(true);
          const banner = await mount({ src: scenario(name), locale: 'en' });
          expect(part(banner, 'banner') === null).to.equal(name === 'all-clear');
          await expectAccessible(banner);
        });
      }

      it('three incidents with "more" open', async () => {
        await media(features);
        const banner = await mount({ src: scenario('three-incidents'), locale: 'en' });
        (part(banner, 'more') as HTMLDetailsElement).open = true;
        await expectAccessible(banner);
      });
    });
  }

  describe('contrast ≥ 4.5:1, measured on the painted default themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(theme, async () => {
        await media(THEMES[theme]);
        let checked = 0;
        for (const name of SHOWN) {
          const banner = await mount({ src: scenario(name), locale: 'en' });
          await settled(banner);
          const background = getComputedStyle(part(banner, 'banner')!).backgroundColor;
          for (const partName of TEXT_PARTS) {
            const element = part(banner, partName);
            if (!element) continue;
            const ratio = contrast(getComputedStyle(element).color, background);
            const key = `${theme} ${partName}`;
            measured[key] = Math.min(measured[key] ?? Infinity, Math.round(ratio * 100) / 100);
            expect(ratio, `${name}: ${partName} ${getComputedStyle(element).color} on ${background}`).to.be.at.least(4.5);
            checked++;
          }
          // The "more" summary and the dismiss icon, whenever present.
          for (const selector of ['summary', '[part="dismiss"]']) {
            const element = banner.shadowRoot!.querySelector(selector);
            if (element) expect(contrast(getComputedStyle(element).color, background), `${name}: ${selector}`).to.be.at.least(4.5);
          }
          cleanup();
        }
        expect(checked).to.be.at.least(SHOWN.length * 4);
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

    it('Tab reaches the link, "more", then dismiss, and leaves the banner after dismiss', async () => {
      const [before, after, slot] = surround();
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en' }, slot);
      before.focus();
      const visited: string[] = [];
      for (let press = 0; press < 4; press++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === banner ? banner.shadowRoot!.activeElement : document.activeElement;
        visited.push(active?.getAttribute('part') ?? active?.localName ?? 'none');
      }
      expect(visited).to.deep.equal(['link', 'summary', 'dismiss', 'button']);
      expect(document.activeElement === after, 'Tab from dismiss leaves the banner').to.equal(true);
      // And back again.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(banner.shadowRoot!.activeElement?.getAttribute('part')).to.equal('dismiss');
    });

    it('Escape anywhere inside the banner dismisses the item shown; focus is not trapped afterwards', async () => {
      const [, after, slot] = surround();
      for (const target of ['link', 'summary', 'dismiss']) {
        const banner = await mount({ src: scenario('three-incidents'), locale: 'en' }, slot);
        expect(text(banner, 'title')).to.equal('Sign-in unavailable');
        const element = target === 'summary' ? banner.shadowRoot!.querySelector('summary')! : part(banner, target)!;
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

    it('the dismiss target is at least 24×24 CSS px, with an accessible name', async () => {
      for (const features of [THEMES.light, THEMES['forced colours']]) {
        await media(features);
        const banner = await mount({ src: scenario('investigating'), locale: 'en' });
        const { width, height } = part(banner, 'dismiss')!.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
        expect(part(banner, 'dismiss')!.getAttribute('aria-label')).to.equal('Dismiss');
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
      for (const name of [...TEXT_PARTS, 'dismiss']) {
        const element = part(banner, name);
        if (!element) continue;
        const rect = element.getBoundingClientRect();
        expect(rect.right, `${name} right edge`).to.be.at.most(outer.right + 0.5);
        expect(rect.left, `${name} left edge`).to.be.at.least(outer.left - 0.5);
        expect(element.scrollWidth, `${name} clipped`).to.be.at.most(element.clientWidth + 1);
      }
    }

    const LONG = 'Elevated_error_rates_on_https://api.acme.example/v2/organisations/{id}/exports_for_every_region';

    it('320 CSS px wide: no horizontal overflow, even for unbreakable words', async () => {
      await setViewport({ width: 320, height: 640 });
      const now = Date.now();
      const feed = SCENARIOS['three-incidents'](now);
      feed.incidents![1]!.title = LONG;
      const banner = await mount({ src: feedUrl(feed), locale: 'fr', position: 'top' });
      await settled(banner);
      expect(window.innerWidth).to.equal(320);
      expectNoOverflow(banner, 320);
      await expectAccessible(banner);
    });

    it('200 % browser zoom of a 640 px window (320 CSS px at 2 device pixels per px): no overflow, text not clipped', async () => {
      await setViewport({ width: 320, height: 240, deviceScaleFactor: 2 });
      expect(window.devicePixelRatio).to.equal(2);
      const banner = await mount({ src: scenario('three-incidents'), locale: 'en', position: 'bottom' });
      await settled(banner);
      expect(window.innerWidth).to.equal(320);
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
