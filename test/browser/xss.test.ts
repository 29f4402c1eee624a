/**
 * XSS corpus (test/fixtures/xss/payloads.json: OWASP filter-evasion and prevention cheat sheets)
 * injected into every text and URL field of a native feed and of a Statuspage document, rendered
 * by the real element over HTTP. For every payload: nothing runs (the global canary `__xss` every
 * payload calls stays silent, no error or CSP violation is reported), the shadow DOM holds no
 * element or attribute the clean feed does not produce, the feed's text arrives as text, and every
 * link is http(s).
 *
 * A control first renders each payload as markup in a throwaway iframe, to prove the canary
 * fires when a payload does get parsed as HTML: the element tests could not fail otherwise.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { StatusBanner } from '../../src/banner/status-banner.js';
import { feedUrl, mount, part, text, waitFor } from './helpers.js';

interface Payload {
  id: number;
  name: string;
  payload: string;
}

const { payloads } = (await (await fetch('/test/fixtures/xss/payloads.json')).json()) as { payloads: Payload[] };

declare global {
  interface Window {
    __xss?: (...args: unknown[]) => void;
  }
}

const fired: unknown[] = [];
const incidents: string[] = [];
window.__xss = (...args) => void fired.push(args);
window.addEventListener('error', (event) => incidents.push(`error: ${event.message}`));
document.addEventListener('securitypolicyviolation', (event) => incidents.push(`csp: ${event.violatedDirective} ${event.blockedURI}`));

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const CLEAN_TEXT = 'Clean text';
const CLEAN_URL = 'https://status.example/clean';

/**
 * The feeds a payload goes into, each shaped so that a different set of fields is on screen: an
 * open incident with another one behind "1 of 2", a resolved one with its postmortem, a maintenance; the
 * Statuspage summary's incident, its maintenance, and its overall status with no incident.
 */
const VARIANTS: Record<string, (t: string, url: string, now: number) => unknown> = {
  'native incident + more': (t, url, now) => ({
    version: 1,
    updated_at: iso(now),
    page: { name: t, url },
    incidents: [
      {
        id: t,
        title: { en: t, fr: t, [t.slice(0, 30)]: t },
        impact: 'critical',
        status: 'identified',
        started_at: iso(now - 20 * MINUTE),
        updated_at: iso(now - MINUTE),
        expected_resolution_at: iso(now + 40 * MINUTE),
        next_update_at: iso(now + 20 * MINUTE),
        components: [t],
        url,
        postmortem_url: url,
        updates: [{ at: iso(now - MINUTE), status: 'identified', message: { en: t } }],
      },
      {
        id: `${t}-2`,
        title: t,
        impact: 'minor',
        status: 'investigating',
        updated_at: iso(now - 2 * MINUTE),
        url,
        updates: [{ at: iso(now - 2 * MINUTE), status: 'investigating', message: t }],
      },
    ],
    maintenances: [{ id: `${t}-m`, title: t, message: t, starts_at: iso(now - MINUTE), ends_at: iso(now + 30 * MINUTE), url }],
  }),
  'native resolved + postmortem': (t, url, now) => ({
    version: 1,
    page: { name: t, url },
    incidents: [
      {
        id: t,
        title: t,
        impact: 'major',
        status: 'resolved',
        updated_at: iso(now - MINUTE),
        resolved_at: iso(now - MINUTE),
        url,
        postmortem_url: url,
        updates: [{ at: iso(now - MINUTE), status: 'resolved', message: t }],
      },
    ],
  }),
  'native maintenance': (t, url, now) => ({
    version: 1,
    page: { name: t, url },
    maintenances: [
      {
        id: t,
        title: { en: t },
        message: { en: t, fr: t },
        starts_at: iso(now - MINUTE),
        ends_at: iso(now + 30 * MINUTE),
        components: [t],
        url,
      },
    ],
  }),
  'statuspage incident + more': (t, url, now) => ({
    page: { id: t, name: t, url, updated_at: iso(now) },
    status: { indicator: 'major', description: t },
    components: [{ id: 'c1', name: t, status: 'major_outage' }],
    incidents: [
      {
        id: t,
        name: t,
        status: 'identified',
        impact: 'major',
        created_at: iso(now - 10 * MINUTE),
        updated_at: iso(now - MINUTE),
        shortlink: url,
        postmortem_body: t,
        components: [{ id: 'c1', name: t }],
        incident_updates: [
          { status: 'identified', body: t, display_at: iso(now - MINUTE), affected_components: [{ code: 'c1', name: t }] },
        ],
      },
      {
        id: `${t}-2`,
        name: t,
        status: 'investigating',
        impact: 'minor',
        created_at: iso(now - 5 * MINUTE),
        shortlink: url,
        incident_updates: [{ status: 'investigating', body: t, display_at: iso(now - 5 * MINUTE) }],
      },
    ],
    scheduled_maintenances: [],
  }),
  'statuspage maintenance': (t, url, now) => ({
    page: { name: t, url, updated_at: iso(now) },
    scheduled_maintenances: [
      {
        id: t,
        name: t,
        status: 'in_progress',
        impact: 'maintenance',
        scheduled_for: iso(now - MINUTE),
        scheduled_until: iso(now + 30 * MINUTE),
        shortlink: url,
        incident_updates: [{ status: 'in_progress', body: t, display_at: iso(now - MINUTE) }],
      },
    ],
  }),
  'statuspage overall status': (t, url, now) => ({
    page: { name: t, url, updated_at: iso(now) },
    status: { indicator: 'critical', description: t },
    components: [{ id: 'c1', name: t, status: 'major_outage' }],
    incidents: [],
  }),
};

/** Every element of the shadow root as `tag[attribute names]`: what the feed must never add to. */
function signature(banner: StatusBanner): Set<string> {
  return new Set(
    [...banner.shadowRoot!.querySelectorAll('*')].map((element) => `${element.localName}[${element.getAttributeNames().sort().join(',')}]`),
  );
}

const container = document.createElement('div');
document.body.append(container);

async function render(variant: string, t: string, url: string): Promise<StatusBanner> {
  const banner = await mount({ src: feedUrl(VARIANTS[variant]!(t, url, Date.now())), locale: 'en' }, container);
  expect(part(banner, 'banner'), `${variant}: a banner is shown`).to.not.equal(null);
  return banner;
}

/** As `text()` reads a part: whitespace collapsed, trimmed. */
const normalized = (value: string) => value.replace(/\s+/g, ' ').trim();

const cleanSignatures = new Map<string, Set<string>>();

/** Payloads that must fire the canary as markup: the rest rightly do not run even then (see below). */
const CANARY_MINIMUM = 25;

describe('XSS corpus: control (the canary works)', () => {
  it(`${payloads.length} payloads, each run as markup in a throwaway iframe, mostly fire the canary`, async function () {
    // The deadline below, not this test's time, bounds a canary that never fires.
    this.timeout(40_000);
    expect(payloads.length).to.be.at.least(50);
    const hits = new Set<string>();
    // Payloads that reach up (`parent.__xss`) from the throwaway iframe land here, in this window.
    window.__xss = (...args) => hits.add(`parent:${String(args[0])}`);
    const frames = payloads.map(({ id, payload }) => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<!doctype html><body></body>';
      frame.addEventListener(
        'load',
        () => {
          const win = frame.contentWindow as (Window & typeof globalThis) | null;
          if (!win) return;
          win.__xss = () => hits.add(String(id));
          win.document.body.append(win.document.createRange().createContextualFragment(payload));
        },
        { once: true },
      );
      return frame;
    });
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:-9999px;width:200px;height:200px;overflow:hidden';
    holder.append(...frames);
    document.body.append(holder);
    try {
      // Waits for the payloads to fire, not for a fixed time: a fixed 1.5 s saw fewer than 25 of
      // them fire on a loaded machine, where 50-odd iframes load late. Past the deadline the count
      // below fails with the list of those that did fire.
      await waitFor(() => hits.size >= CANARY_MINIMUM, 30_000).catch(() => undefined);
    } finally {
      holder.remove();
      await aTimeout(50);
      window.__xss = (...args) => void fired.push(args);
      fired.length = 0;
      incidents.length = 0;
    }
    // Entities, unicode look-alikes, inert templates and dead schemes (vbscript:) rightly do not
    // run even as markup; the rest must, or the canary would prove nothing.
    expect(hits.size, `payloads that ran as markup: ${[...hits].join(', ')}`).to.be.at.least(CANARY_MINIMUM);
  });
});

describe('XSS corpus: every payload in every field, rendered by the element', () => {
  before(async () => {
    for (const variant of Object.keys(VARIANTS)) {
      const banner = await render(variant, CLEAN_TEXT, CLEAN_URL);
      const clean = signature(banner);
      expect(
        [...clean].some((entry) => entry.startsWith('a[')),
        `${variant}: the clean feed has a link`,
      ).to.equal(true);
      cleanSignatures.set(variant, clean);
    }
    container.replaceChildren();
  });

  afterEach(() => {
    container.replaceChildren();
    localStorage.clear();
  });

  for (const { id, name, payload } of payloads) {
    it(`#${id} ${name}`, async () => {
      const documentElements = document.querySelectorAll('*').length;
      const banners: StatusBanner[] = [];
      for (const variant of Object.keys(VARIANTS)) {
        const banner = await render(variant, payload, payload);
        banners.push(banner);
        const clean = cleanSignatures.get(variant)!;
        for (const entry of signature(banner)) expect(clean.has(entry), `${variant}: ${entry} is not in the clean render`).to.equal(true);
        for (const link of banner.shadowRoot!.querySelectorAll('a')) {
          expect(new URL(link.href).protocol, `${variant}: link ${link.getAttribute('href')}`).to.match(/^https?:$/);
          expect(link.getAttribute('href')).to.match(/^https?:\/\//);
        }
        for (const element of banner.shadowRoot!.querySelectorAll('*')) {
          for (const attribute of element.getAttributeNames())
            expect(attribute.startsWith('on'), `${variant}: ${element.localName}[${attribute}]`).to.equal(false);
        }
        // The feed's words arrive as words: markup shown as text, not parsed.
        expect(text(banner, 'title'), `${variant}: title`).to.equal(normalized(payload));
        if (variant === 'native incident + more') {
          expect(text(banner, 'message')).to.equal(normalized(payload));
          // The other item, brought to the front, shows its words as words too.
          part(banner, 'more')!.querySelector<HTMLButtonElement>('button:last-child')!.click();
          await banner.updateComplete;
          expect(text(banner, 'more')).to.match(/^‹2 of \d›$/);
          expect(text(banner, 'title')).to.equal(normalized(payload));
          expect(text(banner, 'message')).to.equal(normalized(payload));
        }
        expect(banner.dismiss(), `${variant}: dismiss`).to.equal(true);
        await banner.updateComplete;
      }
      // A short settle, kept on purpose: it cannot make this test pass wrongly. Each render was held
      // above to the clean render's elements and attributes (no element a payload could add, no on*
      // attribute, http(s) links only), synchronously, so nothing injected is there to fire; the
      // canary below is a second line that can only fail the test. Two frames and 30 ms give an
      // injected img onerror, svg onload or iframe a chance to call it all the same.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await aTimeout(30);
      expect(fired, 'canary calls').to.deep.equal([]);
      expect(incidents, 'errors and CSP violations').to.deep.equal([]);
      // Nothing reached the page around the banners either.
      expect(document.querySelectorAll('*').length - banners.length).to.equal(documentElements);
    });
  }
});
