/**
 * The fallback status page as the kit ships it: the HTML `status-banner init` writes, over the
 * built `dist/status-page.js` (its one script), in iframes, reading feeds from the
 * test server. A broken bundle or a page that only works from the sources fails here.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { fallbackPageHtml } from '../../src/cli/fallback-page.js';
import type { Feed } from '../../src/feed/schema.js';
import type { StatusPage } from '../../src/page/status-page.js';
import { CLOCK_SCRIPT, clockOf } from './fixtures/clock/install.js';
import { feedUrl, waitFor } from './helpers.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

/** Two current incidents with timelines, a maintenance in two days, one incident resolved two days ago, one ten days ago. */
function fullPicture(now: number): Feed {
  return {
    version: 1,
    updated_at: iso(now - MINUTE),
    page: { name: 'Acme', url: 'https://status.acme.example' },
    incidents: [
      {
        id: 'search-slow',
        title: 'Search is slow',
        impact: 'minor',
        status: 'monitoring',
        started_at: iso(now - 80 * MINUTE),
        updated_at: iso(now - 10 * MINUTE),
        updates: [
          { at: iso(now - 10 * MINUTE), status: 'monitoring', message: 'A fix is deployed; we are watching.' },
          { at: iso(now - 40 * MINUTE), status: 'identified', message: 'An index rebuild is slowing queries.' },
          { at: iso(now - 80 * MINUTE), status: 'investigating', message: 'We are investigating slow searches.' },
        ],
      },
      {
        id: 'login-down',
        title: { en: 'Sign-in unavailable', fr: 'Connexion impossible' },
        impact: 'critical',
        status: 'identified',
        started_at: iso(now - 20 * MINUTE),
        updated_at: iso(now - 5 * MINUTE),
        expected_resolution_at: iso(now + 25 * MINUTE),
        next_update_at: iso(now + 10 * MINUTE),
        url: 'https://status.acme.example/incidents/7',
        updates: [
          {
            at: iso(now - 5 * MINUTE),
            status: 'identified',
            message: {
              en: 'A certificate expired; a new one is being deployed.',
              fr: 'Un certificat a expiré ; un nouveau est en cours de déploiement.',
            },
          },
          {
            at: iso(now - 20 * MINUTE),
            status: 'investigating',
            message: { en: 'Sign-in fails for all users.', fr: 'La connexion échoue pour tous.' },
          },
        ],
      },
      {
        id: 'webhooks-late',
        title: 'Webhooks delayed',
        impact: 'major',
        status: 'resolved',
        started_at: iso(now - 2 * DAY - 60 * MINUTE),
        updated_at: iso(now - 2 * DAY),
        resolved_at: iso(now - 2 * DAY),
        postmortem_url: 'https://status.acme.example/postmortems/6',
        updates: [
          { at: iso(now - 2 * DAY), status: 'resolved', message: 'Webhooks are delivered on time again.' },
          { at: iso(now - 2 * DAY - 60 * MINUTE), status: 'investigating', message: 'Webhooks are delayed.' },
        ],
      },
      {
        id: 'old-outage',
        title: 'Old outage',
        impact: 'major',
        status: 'resolved',
        updated_at: iso(now - 10 * DAY),
        resolved_at: iso(now - 10 * DAY),
        updates: [{ at: iso(now - 10 * DAY), status: 'resolved', message: 'Fixed long ago.' }],
      },
    ],
    maintenances: [
      {
        id: 'db-upgrade',
        title: { en: 'Database upgrade', fr: 'Mise à niveau de la base de données' },
        message: { en: 'Read-only for 20 minutes.', fr: 'Lecture seule pendant 20 minutes.' },
        starts_at: iso(now + 2 * DAY),
        ends_at: iso(now + 2 * DAY + 20 * MINUTE),
        components: ['api'],
      },
    ],
  };
}

const frames: HTMLIFrameElement[] = [];

async function loadFrame(setup: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  setup(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/**
 * The kit's index.html over `src`, its scripts taken from dist/, optionally edited. Not with
 * `<base href="/dist/">`: Chromium's preload scanner ignores it in srcdoc and fetches from `/`.
 */
function loadKitPage(src: string, edit: (html: string) => string = (html) => html): Promise<HTMLIFrameElement> {
  const html = edit(fallbackPageHtml(src)).replace(/<script src="(status-page\.js)"/g, '<script src="/dist/$1"');
  return loadFrame((frame) => (frame.srcdoc = html));
}

function statusPage(frame: HTMLIFrameElement): StatusPage {
  return frame.contentDocument!.querySelector('status-page')!;
}

function shadow(frame: HTMLIFrameElement): ShadowRoot {
  return statusPage(frame).shadowRoot!;
}

/** Waits until the page shows a state read from the feed, or the failure notice. */
async function settled(frame: HTMLIFrameElement): Promise<ShadowRoot> {
  await waitFor(() => !!frame.contentDocument!.querySelector('status-page')?.shadowRoot?.querySelector('.summary[data-impact], .failure'));
  return shadow(frame);
}

const clean = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(clean);
const section = (root: ShadowRoot, id: string) => root.querySelector(`section[aria-labelledby="${id}"]`)!;

describe('dist/status-page.js: the fallback status page', () => {
  afterEach(async () => {
    for (const frame of frames.splice(0)) frame.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows every current incident with its whole timeline, maintenance, and what was resolved lately', async () => {
    const now = Date.now();
    const frame = await loadKitPage(feedUrl(fullPicture(now)), (html) => html.replace('<html>', '<html lang="en">'));
    const root = await settled(frame);

    expect(clean(root.querySelector('h1'))).to.equal('Acme status');
    expect(clean(root.querySelector('[role="status"] .summary'))).to.equal('2 incidents in progress.');

    const current = section(root, 'current');
    expect(clean(current.querySelector('h2'))).to.equal('Current incidents');
    expect(texts(current, 'article h3')).to.deep.equal(['Sign-in unavailable', 'Search is slow']);
    const [login, search] = [...current.querySelectorAll('article')];
    expect(clean(login!.querySelector('.state'))).to.equal('Identified');
    expect(clean(login!.querySelector('.impact'))).to.equal('Critical impact');
    expect(clean(login!.querySelector('.eta'))).to.match(
      /^Expected to be fixed in 25 minutes \(.+\)\. Next update in 10 minutes \(.+\)\.$/,
    );
    expect(login!.querySelector('a')!.href).to.equal('https://status.acme.example/incidents/7');

    // The whole timeline, newest first: time, state, message; each time machine-readable.
    const timeline = search!.querySelector('ol')!;
    expect(timeline.getAttribute('aria-label')).to.equal('Updates, newest first');
    expect([...timeline.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal([
      iso(now - 10 * MINUTE),
      iso(now - 40 * MINUTE),
      iso(now - 80 * MINUTE),
    ]);
    const entries = texts(timeline, ':scope > li');
    expect(entries[0]).to.match(/\(10 minutes ago\) · Monitoring A fix is deployed; we are watching\.$/);
    expect(entries[1]).to.match(/\(40 minutes ago\) · Identified An index rebuild is slowing queries\.$/);
    expect(entries[2]).to.match(/\(80 minutes ago\) · Investigating We are investigating slow searches\.$/);
    expect(texts(search!, '.times dt')).to.deep.equal(['Started']);
    expect(clean(search!.querySelector('.times dd'))).to.match(/ \(80 minutes ago\)$/);
    expect(search!.querySelector('.times time')!.getAttribute('datetime')).to.equal(iso(now - 80 * MINUTE));

    const maintenance = section(root, 'maintenance');
    expect(texts(maintenance, 'article h3')).to.deep.equal(['Database upgrade']);
    expect(clean(maintenance.querySelector('.state'))).to.equal('Scheduled maintenance');
    expect(texts(maintenance, '.times dt')).to.deep.equal(['Starts', 'Ends']);
    expect(clean(maintenance.querySelector('.times dd'))).to.match(/ \(in 2 days\)$/);
    expect([...maintenance.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal([
      iso(now + 2 * DAY),
      iso(now + 2 * DAY + 20 * MINUTE),
    ]);
    expect(clean(maintenance.querySelector('.message'))).to.equal('Read-only for 20 minutes.');

    const recent = section(root, 'recent');
    expect(clean(recent.querySelector('h2'))).to.equal('Resolved in the last 7 days');
    expect(texts(recent, 'article h3')).to.deep.equal(['Webhooks delayed']);
    expect(clean(recent.querySelector('.message'))).to.equal('Webhooks are delivered on time again.');
    expect(texts(recent, '.times dt')).to.deep.equal(['Started', 'Resolved']);
    expect(clean(recent.querySelectorAll('.times dd')[1])).to.match(/ \(2 days ago\)$/);
    const postmortem = recent.querySelector('a')!;
    expect([postmortem.textContent, postmortem.href]).to.deep.equal(['What we learned', 'https://status.acme.example/postmortems/6']);
    expect(texts(recent, 'details li')).to.have.length(2);

    expect(clean(root.querySelector('footer'))).to.match(/^Feed updated .+ \(1 minute ago\) Status feed \(JSON\)$/);
    // The page's own fallback content (heading, feed link) is for where the script did not run: not rendered here.
    expect(frame.contentDocument!.querySelector('status-page > h1')!.getClientRects().length).to.equal(0);
  });

  it('follows the page’s lang: French page strings, banner wording and feed texts', async () => {
    const now = Date.now();
    const frame = await loadKitPage(feedUrl(fullPicture(now)), (html) => html.replace('<html>', '<html lang="fr">'));
    const root = await settled(frame);
    expect(root.firstElementChild!.getAttribute('lang')).to.equal('fr');
    expect(clean(root.querySelector('h1'))).to.equal('État des services Acme');
    expect(clean(root.querySelector('.summary'))).to.equal('2 incidents en cours.');
    expect(texts(root, 'h2')).to.deep.equal(['Incidents en cours', 'Maintenances', 'Résolus ces 7 derniers jours']);
    const login = section(root, 'current').querySelector('article')!;
    expect(clean(login.querySelector('h3'))).to.equal('Connexion impossible');
    expect(clean(login.querySelector('.state'))).to.equal('Cause identifiée');
    expect(clean(login.querySelector('.eta'))).to.match(
      /^Résolution prévue dans 25 minutes \(.+\)\. Prochaine mise à jour dans 10 minutes \(.+\)\.$/,
    );
    expect(clean(login.querySelector('ol li'))).to.match(
      /· Cause identifiée Un certificat a expiré ; un nouveau est en cours de déploiement\.$/,
    );
    expect(clean(section(root, 'maintenance').querySelector('h3'))).to.equal('Mise à niveau de la base de données');
    expect(clean(section(root, 'recent').querySelector('a'))).to.equal('Ce que nous en avons appris');
  });

  it('with no lang on the page (the kit’s own), uses the browser’s language and gives it to the document', async () => {
    const frame = await loadKitPage(feedUrl(fullPicture(Date.now())));
    await settled(frame);
    const language = frame.contentWindow!.navigator.language;
    expect(frame.contentDocument!.documentElement.lang).to.equal(language);
    expect(shadow(frame).firstElementChild!.getAttribute('lang')).to.equal(language);
  });

  it('reads the feed named by a same-origin ?src=, in the language of ?lang=', async () => {
    const src = feedUrl(fullPicture(Date.now()));
    const frame = await loadFrame(
      (frame) => (frame.src = `/test/browser/fixtures/status-page.html?src=${encodeURIComponent(src)}&lang=fr`),
    );
    const root = await settled(frame);
    expect(clean(root.querySelector('.summary'))).to.equal('2 incidents en cours.');
    expect(root.querySelector('.failure')).to.equal(null);
    expect(root.querySelector<HTMLAnchorElement>('footer a')!.href).to.equal(new URL(src, location.href).href);
  });

  it('ignores a ?src= on another origin: the page keeps its own feed', async () => {
    const elsewhere = `http://127.0.0.1:${location.port}${feedUrl(fullPicture(Date.now()))}`;
    expect(new URL(elsewhere).origin).to.not.equal(location.origin);
    const frame = await loadFrame((frame) => (frame.src = `/test/browser/fixtures/status-page.html?src=${encodeURIComponent(elsewhere)}`));
    const root = await settled(frame);
    // The fixture's own src answers 404.
    expect(clean(root.querySelector('.failure'))).to.include('HTTP 404');
    expect(root.querySelector('section')).to.equal(null);
  });

  it('says clearly when the feed cannot be read at all', async () => {
    const frame = await loadKitPage(feedUrl('{"version": 1, "incidents": ['), (html) => html.replace('<html>', '<html lang="en">'));
    const root = await settled(frame);
    const failure = root.querySelector('[role="status"] .failure')!;
    expect(clean(failure.querySelector('strong'))).to.equal('Status unavailable: the status feed cannot be read right now.');
    expect(clean(failure)).to.match(/ (Next attempt in .+|Trying again in a moment)\. /);
    expect(root.querySelector('.summary')).to.equal(null);
    expect(root.querySelector('section')).to.equal(null);
  });

  it('when the feed fails after a good read, keeps the last known state below the notice, with when it was read', async () => {
    const now = Date.now();
    const frame = await loadKitPage(feedUrl(fullPicture(now)), (html) =>
      html.replace('<html>', '<html lang="en">').replace('<script src="status-page.js"', `${CLOCK_SCRIPT}<script src="status-page.js"`),
    );
    const root = await settled(frame);
    // The next poll fails: the feed's host is down. The page's interval is 30 s (±20 %).
    const page = frame.contentWindow as Window & typeof globalThis;
    page.fetch = () => Promise.resolve(new Response('down', { status: 503 }));
    await clockOf(frame).tickAsync(36_000);
    await waitFor(() => !!root.querySelector('.failure'));
    const failure = root.querySelector('.failure')!;
    expect(clean(failure)).to.match(
      /^Status unavailable: the status feed cannot be read right now\. Below is the last known state, read (now|\d+ seconds ago) \(.+\)\. (Next attempt in \d+ minutes?|Trying again in a moment)\. HTTP 503 from .+$/,
    );
    expect(failure.querySelector('time')!.dateTime).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(texts(section(root, 'current'), 'article h3')).to.deep.equal(['Sign-in unavailable', 'Search is slow']);
  });

  it('loads one script, status-page.js, and nothing else', async () => {
    const frame = await loadKitPage(feedUrl(fullPicture(Date.now())));
    await settled(frame);
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
    expect(scripts.map((entry) => new URL(entry.name).pathname)).to.deep.equal(['/dist/status-page.js']);
  });

  it('where status-page.js did not run, the page still has its heading and the link to the feed', async () => {
    const frame = await loadKitPage(feedUrl(fullPicture(Date.now())), (html) =>
      html.replace('<script src="status-page.js" defer></script>', ''),
    );
    expect(clean(frame.contentDocument!.querySelector('h1'))).to.equal('Service status');
    expect(frame.contentDocument!.querySelector<HTMLAnchorElement>('status-page a')!.getAttribute('href')).to.match(/^\/__feed\?/);
  });

  it('the kit page as a whole passes axe-core: language, title, landmarks, headings, contrast', async () => {
    const frame = await loadKitPage(feedUrl(fullPicture(Date.now())), (html) =>
      html.replace('</head>', '<script src="/node_modules/axe-core/axe.min.js"></script>\n</head>'),
    );
    const root = await settled(frame);
    for (const details of root.querySelectorAll('details')) details.open = true;
    const axe = (
      frame.contentWindow as Window & { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe;
    const { violations } = await axe.run(frame.contentDocument!);
    expect(violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).to.deep.equal([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is accessible (axe-core, contrast included) in the ${colorScheme} scheme`, async () => {
      await emulateMedia({ colorScheme });
      if (!customElements.get('status-page')) {
        const script = document.createElement('script');
        script.src = '/dist/status-page.js';
        const loaded = new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
        });
        document.head.append(script);
        await loaded;
      }
      const main = document.createElement('main');
      main.lang = 'en';
      main.innerHTML = `<status-page src="${feedUrl(fullPicture(Date.now())).replace(/&/g, '&amp;')}"></status-page>`;
      document.body.append(main);
      try {
        const page = main.querySelector('status-page')!;
        await waitFor(() => !!page.shadowRoot?.querySelector('.summary[data-impact]'));
        // Open every collapsed timeline so axe sees it too.
        for (const details of page.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expect(page).to.be.accessible();
      } finally {
        main.remove();
      }
    });
  }
});
