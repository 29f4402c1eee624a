/**
 * The built script-tag file over every real capture (test/fixtures/real/), in an iframe whose
 * clock is set to the moment under test, as a person would see the banner then: the same truth
 * table as the Node test (test/unit/feed/real-captures.truths.ts). Rows today's code gets wrong
 * fail on purpose.
 *
 * Only `<script src="/dist/status-banner.js">` and the element's shadow root are relied on, so the
 * test holds whether that file is the whole banner or a loader that fetches the element later.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PROTOCOL } from '../../src/poll/environment.js';
import { CAPTURES, MARKUP_RESIDUE, WRONG_TENSE, type Capture, type Moment, type ShownItem } from '../unit/feed/real-captures.truths.js';

interface PageWindow extends Window {
  bannerErrors?: string[];
}

const frames: HTMLIFrameElement[] = [];

/**
 * Shifts `Date` and `Date.now` in the page by a fixed offset before anything else runs, so every
 * time the banner reads is the moment's; timers stay real, so nothing here waits on fake time.
 */
function clockAt(at: number): string {
  return `<script>(() => {
    const offset = ${at} - Date.now();
    const RealDate = Date;
    class PageDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
      static now() { return RealDate.now() + offset; }
    }
    window.Date = PageDate;
  })();</script>`;
}

/** Every status-banner-error kind, from the first script on (a refused body must fail the row). */
const RECORD_ERRORS = `<script>window.bannerErrors = []; addEventListener('status-banner-error', (event) => window.bannerErrors.push(event.detail.kind));</script>`;

const srcOf = (capture: Capture, moment: Moment) => `/__real/${capture.file}?date=${encodeURIComponent(moment.at)}`;

async function loadPage(capture: Capture, moment: Moment): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '500px';
  frame.srcdoc =
    `<!doctype html><html lang="en"><head>${clockAt(Date.parse(moment.at))}${RECORD_ERRORS}` +
    `<script src="/dist/status-banner.js"></script></head>` +
    `<body><status-banner src="${srcOf(capture, moment)}" locale="en"></status-banner><p>Product</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

const bannerIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('status-banner');
const shown = (frame: HTMLIFrameElement) => bannerIn(frame)?.shadowRoot?.querySelector('[part="banner"]') ?? null;
const partText = (frame: HTMLIFrameElement, name: string) =>
  bannerIn(frame)?.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent ?? '';
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The element chunk the loader asked for, if it judged that something could be shown (loader/load-module.ts). */
const chunkRequested = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('link[href*="status-banner-element."], script[src*="status-banner-element."]') !== null;

/**
 * Resolves once the page has read the capture: the banner is shown, or the poller stored what it
 * read (it stores after every poll), or it reported an error. If the loader then asked for the
 * element chunk, waits for the element to be defined: the poller stores before the chunk renders,
 * so a "nothing is shown" checked earlier would pass before a wrong banner could appear. Then lets
 * a pending render land.
 */
async function settled(frame: HTMLIFrameElement, capture: Capture, moment: Moment): Promise<void> {
  // The poller keys what it stores by its protocol prefix and the absolute feed URL (poll/feed-source.ts).
  const key = `${PROTOCOL}:${new URL(srcOf(capture, moment), location.href).href}:last`;
  const errors = () => (frame.contentWindow as PageWindow).bannerErrors ?? [];
  await waitUntil(
    () => shown(frame) !== null || frame.contentWindow!.localStorage.getItem(key) !== null || errors().length > 0,
    `${capture.file}: the page never read the capture`,
    { timeout: 5000 },
  );
  if (chunkRequested(frame)) {
    await waitUntil(
      () => frame.contentWindow!.customElements.get('status-banner') !== undefined || errors().length > 0,
      `${capture.file}: the element chunk was requested but never defined`,
      { timeout: 5000 },
    );
  }
  const element = bannerIn(frame) as (Element & { updateComplete?: Promise<unknown> }) | null;
  await element?.updateComplete;
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
}

function expectText(actual: string, expected: string | RegExp | undefined, what: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual, what).to.equal(expected);
  else expect(actual, what).to.match(expected);
}

function expectShown(frame: HTMLIFrameElement, truth: ShownItem): void {
  expect(oneLine(partText(frame, 'title')), 'title').to.equal(truth.title);
  expectText(oneLine(partText(frame, 'state')), truth.state, 'state');
  // The message keeps its line breaks (the element renders them); the other parts are one line.
  expectText(partText(frame, 'message'), truth.message, 'message');
  expectText(oneLine(partText(frame, 'eta')), truth.eta, 'eta');
  expectText(oneLine(partText(frame, 'updated')), truth.updated, 'updated');
  const said = ['eta', 'updated', 'message'].map((name) => partText(frame, name)).join('\n');
  for (const pattern of truth.mentions ?? []) expect(said, 'must be said').to.match(pattern);
  for (const pattern of truth.never ?? []) expect(bannerIn(frame)!.shadowRoot!.textContent, 'must not be said').not.to.match(pattern);
}

/**
 * The other current items, as the reader meets them: "‹ 1 of N ›" brings each to the front in turn
 * (title, state, times), then back to the first.
 */
async function otherItems(frame: HTMLIFrameElement): Promise<string[]> {
  const banner = bannerIn(frame) as (Element & { updateComplete: Promise<boolean> }) | null;
  const next = banner?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="more"] button:last-of-type');
  const count = Number(/of\s*(\d+)/.exec(oneLine(banner?.shadowRoot?.querySelector('[part~="more"]')?.textContent ?? ''))?.[1] ?? 1);
  const others: string[] = [];
  for (let index = 1; index < count && banner && next; index++) {
    next.click();
    await banner.updateComplete;
    others.push(['title', 'state', 'eta', 'updated'].map((name) => oneLine(partText(frame, name))).join(' '));
  }
  if (banner && next && count > 1) {
    next.click();
    await banner.updateComplete;
  }
  return others;
}

describe('dist/status-banner.js over real captures, page clock set to the moment', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  for (const capture of CAPTURES) {
    for (const moment of capture.moments) {
      it(`${capture.file}, ${moment.when} (${moment.at}): ${moment.says}`, async () => {
        const frame = await loadPage(capture, moment);
        if (moment.primary) {
          // A row that should show something waits for it; a wrong "nothing" then fails here.
          await waitUntil(() => shown(frame) !== null, `${capture.file}: nothing shown`, { timeout: 5000 });
        }
        await settled(frame, capture, moment);

        expect((frame.contentWindow as PageWindow).bannerErrors, 'errors reported by the banner').to.deep.equal([]);
        const root = bannerIn(frame)?.shadowRoot;
        const texts = root?.textContent ?? '';
        for (const residue of MARKUP_RESIDUE) expect(texts, 'markup residue').not.to.include(residue);

        if (moment.primary === null) {
          // Booleans and strings only: chai formatting a DOM node from another window never returns.
          expect(shown(frame) === null, `nothing is shown, but: ${oneLine(texts)}`).to.equal(true);
          expect(bannerIn(frame)?.hasAttribute('data-impact'), 'no data-impact').to.equal(false);
          return;
        }
        expectShown(frame, moment.primary);

        const others = await otherItems(frame);
        expect(others.length, `others: ${others.join(' | ')}`).to.equal(moment.others.length);
        // Which items and how many; their order is the banner's own choice.
        for (const title of moment.others) {
          expect(
            others.some((text) => text.startsWith(title)),
            `"${title}" among others: ${others.join(' | ')}`,
          ).to.equal(true);
        }
        for (const text of [partText(frame, 'eta'), partText(frame, 'updated'), ...others]) {
          for (const pattern of WRONG_TENSE) expect(text, 'tense').not.to.match(pattern);
        }
      });
    }
  }
});
