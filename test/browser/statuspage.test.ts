import { expect } from '@open-wc/testing';
import { cleanup, expectAccessible, mount, part, text } from './helpers.js';

/** The test server serves the repository, so the element fetches the very fixtures the unit tests read. */
const fixtureUrl = (path: string) => `/test/fixtures/statuspage/${path}`;

describe('<status-banner> over a Statuspage page', () => {
  afterEach(cleanup);

  it('shows the open incident of a summary.json, detected without a format attribute', async () => {
    const banner = await mount({ src: fixtureUrl('summary.json'), locale: 'en' });
    expect(text(banner, 'title')).to.equal('Elevated API error rates');
    expect(text(banner, 'state')).to.equal('Identified');
    expect(banner.dataset['impact']).to.equal('major');
    expect(banner.dataset['state']).to.equal('identified');
    expect(part(banner, 'link')!.getAttribute('href')).to.equal('https://stspg.io/t3ss001');
    // Its maintenance still says in_progress, but its window ended on 3 March 2026: the clock wins,
    // so there is no other item to page through.
    expect(part(banner, 'more')).to.equal(null);
    await expectAccessible(banner);
  });

  it('renders the update body as text with its line break kept and its markup gone', async () => {
    const banner = await mount({ src: fixtureUrl('summary.json'), format: 'statuspage', locale: 'en' });
    const message = part(banner, 'message')!;
    expect(message.children.length).to.equal(0);
    expect(message.innerText).to.equal(
      'We found the cause: a faulty deploy of the API gateway.\n' +
        'A rollback is in progress; see the rollout notes (https://docs.tessellate.example/rollouts/42) & expect recovery within 30 minutes.',
    );
  });

  it('keeps a hostile body inert: no element, no handler, no javascript: link', async () => {
    const banner = await mount({ src: fixtureUrl('incidents/unresolved.json'), locale: 'en' });
    expect(text(banner, 'title')).to.equal('Sign-in failing for all users');
    expect(banner.dataset['impact']).to.equal('critical');
    expect(banner.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(banner.shadowRoot!.querySelector('script, img, [onerror], a[href^="javascript:"]')).to.equal(null);
    expect(text(banner, 'message')).to.equal('Sign-in is failing. Do not reset your password. Details: here and there.');
  });

  it('shows a generic notice from status.json, with no incident status the page did not give (#10, case 5)', async () => {
    const banner = await mount({ src: fixtureUrl('status.json'), locale: 'en' });
    expect(text(banner, 'title')).to.equal('Minor Service Outage');
    expect(text(banner, 'state')).to.equal('Current status');
    expect(text(banner, 'updated')).to.equal('');
    expect(banner.dataset['impact']).to.equal('minor');
    expect(banner.hasAttribute('data-state')).to.equal(false);
    await expectAccessible(banner);
  });
});
