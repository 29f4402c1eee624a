import { expect, oneEvent } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { cleanup, expectAccessible, feedUrl, mount, part, text, waitFor } from './helpers.js';

const scenario = (name: keyof typeof SCENARIOS) => feedUrl(SCENARIOS[name](Date.now()));

describe('<status-banner> scenarios', () => {
  afterEach(cleanup);

  it('all clear: shows nothing, takes no space, carries no data attributes', async () => {
    const banner = await mount({ src: scenario('all-clear') });
    expect(part(banner, 'banner')).to.equal(null);
    expect(banner.hasAttribute('data-impact')).to.equal(false);
    expect(banner.hasAttribute('data-state')).to.equal(false);
    expect(banner.getBoundingClientRect().height).to.equal(0);
  });

  it('investigating: title, state, newest message, updated time, details link', async () => {
    const banner = await mount({ src: scenario('investigating'), locale: 'en' });
    expect(text(banner, 'title')).to.equal('API errors');
    expect(text(banner, 'state')).to.equal('Investigating');
    expect(text(banner, 'message')).to.equal('We are investigating errors on the API.');
    expect(text(banner, 'updated')).to.equal('Updated 5 minutes ago.');
    expect(part(banner, 'link')!.getAttribute('href')).to.equal('https://status.acme.example/incidents/42');
    expect(banner.dataset['impact']).to.equal('major');
    expect(banner.dataset['state']).to.equal('investigating');
    expect(banner.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
    await expectAccessible(banner);
  });

  it('identified with ETA: relative and absolute ETA and the next update', async () => {
    const banner = await mount({ src: scenario('identified-eta'), locale: 'en' });
    expect(text(banner, 'state')).to.equal('Identified');
    expect(text(banner, 'message')).to.equal('A faulty deploy is being rolled back.');
    expect(text(banner, 'eta')).to.match(/^Expected to be fixed in 40 minutes \(.+\)\. Next update in 20 minutes \(.+\)\.$/);
    await expectAccessible(banner);
  });

  it('ETA overdue: says it is taking longer, never shows a past time', async () => {
    const banner = await mount({ src: scenario('eta-overdue'), locale: 'en' });
    expect(text(banner, 'eta')).to.match(/^This is taking longer than expected\. Next update in 15 minutes/);
    expect(text(banner, 'eta')).to.not.include('ago');
    await expectAccessible(banner);
  });

  it('monitoring: minor impact', async () => {
    const banner = await mount({ src: scenario('monitoring'), locale: 'en' });
    expect(text(banner, 'state')).to.equal('Monitoring');
    expect(banner.dataset['impact']).to.equal('minor');
    await expectAccessible(banner);
  });

  it('resolved with postmortem: resolved notice linking to what was learned', async () => {
    const banner = await mount({ src: scenario('resolved-postmortem'), locale: 'en' });
    expect(text(banner, 'state')).to.equal('Resolved');
    expect(banner.dataset['state']).to.equal('resolved');
    expect(text(banner, 'link')).to.equal('What we learned');
    expect(part(banner, 'link')!.getAttribute('href')).to.equal('https://status.acme.example/incidents/42/postmortem');
    expect(part(banner, 'eta')).to.equal(null);
    await expectAccessible(banner);
  });

  it('resolved notice disappears once resolved-for has passed', async () => {
    const banner = await mount({ src: scenario('resolved-postmortem'), 'resolved-for': '300' });
    expect(part(banner, 'banner')).to.equal(null);
    expect(banner.hasAttribute('data-state')).to.equal(false);
  });

  it('maintenance upcoming within maintenance-notice hours, hidden beyond it', async () => {
    const shown = await mount({ src: scenario('maintenance-upcoming'), locale: 'en' });
    expect(text(shown, 'title')).to.equal('Database upgrade');
    expect(text(shown, 'state')).to.equal('Scheduled maintenance');
    expect(text(shown, 'eta')).to.match(/^Starts in 3 hours/);
    expect(shown.dataset['impact']).to.equal('maintenance');
    expect(shown.dataset['state']).to.equal('scheduled');
    await expectAccessible(shown);
    const hidden = await mount({ src: scenario('maintenance-upcoming'), 'maintenance-notice': '2' });
    expect(part(hidden, 'banner')).to.equal(null);
  });

  it('maintenance in progress', async () => {
    const banner = await mount({ src: scenario('maintenance-in-progress'), locale: 'en' });
    expect(text(banner, 'state')).to.equal('Maintenance in progress');
    expect(text(banner, 'eta')).to.match(/^Ends in 15 minutes/);
    expect(banner.dataset['state']).to.equal('in_progress');
    await expectAccessible(banner);
  });

  it('three incidents: the critical one first as an alert, "1 of 3", the others one click away', async () => {
    const banner = await mount({ src: scenario('three-incidents'), locale: 'en' });
    expect(text(banner, 'title')).to.equal('Sign-in unavailable');
    expect(banner.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(text(banner, 'more')).to.equal('‹1 of 3›');
    await expectAccessible(banner);
  });

  it('components filter shows only the matching incidents', async () => {
    const banner = await mount({ src: scenario('three-incidents'), components: 'search, webhooks', locale: 'en' });
    expect(text(banner, 'title')).to.equal('Webhooks delayed');
    expect(text(banner, 'more')).to.equal('‹1 of 2›');
  });

  it('French: UI strings and feed texts follow the locale attribute', async () => {
    const banner = await mount({ src: scenario('identified-eta'), locale: 'fr' });
    expect(text(banner, 'title')).to.equal('Erreurs de l’API');
    expect(text(banner, 'state')).to.equal('Cause identifiée');
    expect(text(banner, 'message')).to.equal('Un déploiement défectueux est en cours d’annulation.');
    expect(text(banner, 'eta')).to.match(/^Résolution prévue dans 40 minutes/);
    expect(text(banner, 'updated')).to.equal('Mis à jour il y a 2 minutes.');
    expect(part(banner, 'dismiss')!.getAttribute('aria-label')).to.equal('Masquer');
    await expectAccessible(banner);
  });

  it('takes the locale from the nearest lang attribute', async () => {
    const container = document.createElement('div');
    container.lang = 'fr-CA';
    document.body.append(container);
    const banner = await mount({ src: scenario('monitoring') }, container);
    expect(text(banner, 'state')).to.equal('Sous surveillance');
    container.remove();
  });

  it('position top with overlay, and bottom, are fixed overlays that do not move the page', async () => {
    const marker = document.createElement('p');
    marker.textContent = 'content';
    document.body.prepend(marker);
    const before = marker.getBoundingClientRect().top;
    const banner = await mount({ src: scenario('investigating'), position: 'top', overlay: true });
    document.body.prepend(banner);
    expect(getComputedStyle(banner).position).to.equal('fixed');
    expect(banner.getBoundingClientRect().top).to.equal(0);
    expect(marker.getBoundingClientRect().top).to.equal(before);
    banner.setAttribute('position', 'bottom');
    await banner.updateComplete;
    expect(Math.round(banner.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
    marker.remove();
  });

  it('preview shows a built-in sample and fetches nothing', async () => {
    const src = feedUrl({ ...SCENARIOS.investigating(Date.now()), marker: 'preview-must-not-fetch' });
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (fetched.push(input instanceof Request ? input.url : input.toString()), realFetch(input, init));
    try {
      const banner = await mount({ preview: 'identified', locale: 'en', src });
      expect(text(banner, 'state')).to.equal('Identified');
      expect(text(banner, 'title')).to.match(/^Preview/);
      // A banner on another feed, connected after the preview: by the time it has read its feed, a
      // fetch the preview had started on connecting, by the same path, would have been made first.
      await mount({ src: feedUrl({ ...SCENARIOS.investigating(Date.now()), marker: 'control' }) });
      expect(fetched.map((url) => url.includes('marker%22%3A%22control'))).to.deep.equal([true]);
      // Leaving preview follows the feed.
      banner.removeAttribute('preview');
      await waitFor(() => text(banner, 'title') === 'API errors');
      expect(fetched.filter((url) => url.includes('preview-must-not-fetch'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<status-banner> following another feed', () => {
  afterEach(cleanup);

  it('drops what the previous feed said: a new src that fails shows nothing, not the old incident', async () => {
    const banner = await mount({ src: feedUrl(SCENARIOS.investigating(Date.now())), locale: 'en' });
    expect(text(banner, 'title')).to.equal('API errors');
    const failed = oneEvent(banner, 'status-banner-error');
    banner.setAttribute('src', feedUrl('<html>', { status: 503 }));
    await failed;
    await banner.updateComplete;
    expect(part(banner, 'banner')).to.equal(null);
  });
});

describe('<status-banner> preview dismissal', () => {
  afterEach(cleanup);

  for (const preview of ['identified', 'maintenance']) {
    it(`a dismissed ${preview} sample stays dismissed through later updates`, async () => {
      const banner = await mount({ preview, locale: 'en' });
      expect(part(banner, 'banner')).to.not.equal(null);
      // A few milliseconds later, as a refresh tick or a pager click would find it.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(banner.dismiss()).to.equal(true);
      await banner.updateComplete;
      banner.requestUpdate();
      await banner.updateComplete;
      expect(part(banner, 'banner')).to.equal(null);
    });
  }
});

describe('<status-banner> text safety', () => {
  afterEach(cleanup);

  it('renders feed text as text and drops non-http links', async () => {
    const now = Date.now();
    const feed = SCENARIOS.investigating(now);
    feed.incidents![0]!.title = '<img src=x onerror="window.__pwned=1">';
    feed.incidents![0]!.url = 'javascript:window.__pwned=1';
    feed.incidents![0]!.updates![0]!.message = '<script>window.__pwned=1</script>';
    const banner = await mount({ src: feedUrl(feed) });
    expect(text(banner, 'title')).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(banner.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(part(banner, 'link')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
