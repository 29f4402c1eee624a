/**
 * The cases of issue #10 ("Never tell users something false") that live in what the banner and the
 * page say, each replayed end to end: a document as a page publishes it → parseFeed → the banner's
 * view and the fallback page's view, as the elements render them (en-US, UTC).
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { buildPageView } from '../../../src/page/page-view.js';
import { buildView, type BannerView } from '../../../src/present/view.js';
import { DEFAULTS, HOUR, MINUTE, NOW } from './fixtures.js';

const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
/** What Instatus sends: `Date#toString()` in UTC. */
const instatusTime = (ms: number) =>
  `${new Date(ms).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+)/, '$1 $3 $2 $4')} GMT+0000 (Coordinated Universal Time)`;

const page = { name: 'Tessellate', url: 'https://status.tessellate.example' };

function statuspage(rest: Record<string, unknown>): unknown {
  return { page: { ...page, updated_at: iso(NOW - 2 * MINUTE) }, ...rest };
}

function statuspageMaintenance(overrides: Record<string, unknown>, updates: [number, string][] = []): Record<string, unknown> {
  return {
    id: 'mnt1',
    name: 'Database upgrade',
    status: 'scheduled',
    impact: 'maintenance',
    shortlink: 'https://stspg.io/m1',
    incident_updates: updates.map(([at, body]) => ({ status: 'scheduled', body, display_at: iso(at), created_at: iso(at) })),
    ...overrides,
  };
}

function instatus(rest: Record<string, unknown>): unknown {
  return { page: { ...page, status: 'HASISSUES' }, activeIncidents: [], activeMaintenances: [], ...rest };
}

const options = { ...DEFAULTS, locale: 'en-US', timeZone: 'UTC' };
const pageOptions = { now: NOW, locale: 'en-US', timeZone: 'UTC', recentDays: 7 };

const banner = (doc: unknown, now = NOW): BannerView => buildView(parseFeed(doc).model, { ...options, now });
const shown = (view: BannerView) => (view.primary ? [view.primary, ...view.others] : []);

describe('#10 case 1: a maintenance whose window is over is never shown, whatever its status word', () => {
  const cases: [string, unknown][] = [
    [
      'Statuspage `scheduled`, window ended 84 days ago',
      statuspage({
        scheduled_maintenances: [
          statuspageMaintenance({ scheduled_for: iso(NOW - 84 * DAY), scheduled_until: iso(NOW - 84 * DAY + 2 * HOUR) }),
        ],
      }),
    ],
    [
      'Instatus `NOTSTARTEDYET`, window ended 84 days ago',
      instatus({
        page: { ...page, status: 'UP' },
        activeMaintenances: [
          { id: 'm1', name: 'Database upgrade', status: 'NOTSTARTEDYET', start: instatusTime(NOW - 84 * DAY), duration: 120 },
        ],
      }),
    ],
    [
      'Statuspage `in_progress`, window ended an hour ago',
      statuspage({
        scheduled_maintenances: [
          statuspageMaintenance({ status: 'in_progress', scheduled_for: iso(NOW - 3 * HOUR), scheduled_until: iso(NOW - HOUR) }),
        ],
      }),
    ],
    [
      'Statuspage `scheduled` with no end, start passed 84 days ago',
      statuspage({ scheduled_maintenances: [statuspageMaintenance({ scheduled_for: iso(NOW - 84 * DAY), scheduled_until: null })] }),
    ],
  ];
  for (const [name, doc] of cases) {
    it(`${name}: not on the banner, not on the page`, () => {
      expect(shown(banner(doc))).toEqual([]);
      expect(buildPageView(parseFeed(doc).model, pageOptions).maintenances).toEqual([]);
    });
  }

  it('Statuspage `scheduled` between its start and its end reads as in progress, with its end', () => {
    const doc = statuspage({
      scheduled_maintenances: [statuspageMaintenance({ scheduled_for: iso(NOW - 10 * MINUTE), scheduled_until: iso(NOW + 50 * MINUTE) })],
    });
    expect(banner(doc).primary).toMatchObject({
      state: 'in_progress',
      stateLabel: 'Maintenance in progress',
      eta: 'Ends in 50 minutes (10:30\u00a0AM).',
    });
  });
});

describe('#10 case 3: a maintenance window shows its start and its end, and how old its text is', () => {
  const nineteenHours = statuspage({
    scheduled_maintenances: [
      statuspageMaintenance({ scheduled_for: iso(NOW + 33 * MINUTE), scheduled_until: iso(NOW + 33 * MINUTE + 19 * HOUR) }, [
        [NOW - 27 * MINUTE, 'The upgrade will begin in 60 minutes.'],
      ]),
    ],
  });

  it('a scheduled 19-hour window: its start and its end, not its start alone', () => {
    expect(banner(nineteenHours).primary?.eta).toBe('Starts in 33 minutes (10:13\u00a0AM), ends Wed,\u00a0Nov\u00a025,\u00a05:13\u00a0AM.');
  });

  it('the operator’s text written 27 minutes ago says when it was written', () => {
    expect(banner(nineteenHours).primary).toMatchObject({
      message: 'The upgrade will begin in 60 minutes.',
      updated: 'Updated 27 minutes ago.',
    });
  });

  it('a text written a few minutes ago carries no age: it cannot contradict the times yet', () => {
    const fresh = statuspage({
      scheduled_maintenances: [
        statuspageMaintenance({ scheduled_for: iso(NOW + HOUR), scheduled_until: iso(NOW + 2 * HOUR) }, [
          [NOW - 4 * MINUTE, 'Starting in an hour.'],
        ]),
      ],
    });
    expect(banner(fresh).primary?.updated).toBe('');
  });

  it('in progress: its end', () => {
    const running = statuspage({
      scheduled_maintenances: [
        statuspageMaintenance({ status: 'in_progress', scheduled_for: iso(NOW - HOUR), scheduled_until: iso(NOW + 18 * HOUR) }),
      ],
    });
    expect(banner(running).primary?.eta).toBe('Ends in 18 hours (Wed,\u00a0Nov\u00a025,\u00a03:40\u00a0AM).');
  });
});

describe('#10 case 4: an e-mail link with a title reads as the address', () => {
  it('[support@example.com](mailto:support@example.com "support@example.com")', () => {
    const doc = statuspage({
      incidents: [
        {
          id: 'i1',
          name: 'Sign-in errors',
          status: 'identified',
          impact: 'major',
          incident_updates: [
            {
              status: 'identified',
              body: 'Questions? Write to [support@example.com](mailto:support@example.com "support@example.com").',
              display_at: iso(NOW - 5 * MINUTE),
            },
          ],
        },
      ],
    });
    expect(banner(doc).primary?.message).toBe('Questions? Write to support@example.com.');
  });
});

describe('#10 case 5: nothing invented', () => {
  const indicators: [string, unknown, string][] = [
    [
      'a Statuspage indicator',
      { page: { ...page, updated_at: iso(NOW - 2 * MINUTE) }, status: { indicator: 'minor', description: 'Minor Service Outage' } },
      'Minor Service Outage',
    ],
    ['Instatus HASISSUES', instatus({}), 'Some services are disrupted'],
  ];
  for (const [name, doc, title] of indicators) {
    it(`${name} with no listed incident is not "Investigating", and has no state the page did not give`, () => {
      const view = banner(doc).primary!;
      expect(view).toMatchObject({ title, stateLabel: 'Current status', state: undefined, updated: '' });
      expect(buildPageView(parseFeed(doc).model, pageOptions).current[0]?.view.stateLabel).toBe('Current status');
    });
  }

  const clockBehind = (updated: number) => ({
    version: 1,
    incidents: [{ id: 'api', title: 'API errors', impact: 'major', status: 'identified', updated_at: iso(updated) }],
  });

  it('the device clock 10 days behind: a past update never reads "Updated in 10 days"', () => {
    expect(banner(clockBehind(NOW), NOW - 10 * DAY).primary?.updated).toBe('Updated now.');
    const page = buildPageView(parseFeed({ ...clockBehind(NOW), updated_at: iso(NOW) }).model, { ...pageOptions, now: NOW - 10 * DAY });
    expect(page.feedUpdated?.relative).toBe('now');
  });

  it('a future-dated incident is not put first', () => {
    const doc = {
      version: 1,
      incidents: [
        { id: 'future', title: 'Future-dated', impact: 'major', status: 'identified', updated_at: iso(NOW + 10 * DAY) },
        { id: 'recent', title: 'Recent', impact: 'major', status: 'identified', updated_at: iso(NOW - 5 * MINUTE) },
      ],
    };
    expect(shown(banner(doc)).map((item) => item.title)).toEqual(['Recent', 'Future-dated']);
  });

  it('an Instatus incident open since 2023 shows its start, not the system’s touch of updatedAt', () => {
    const doc = instatus({
      activeIncidents: [
        {
          id: 'i1',
          name: 'Uploads are slow',
          status: 'INVESTIGATING',
          impact: 'DEGRADEDPERFORMANCE',
          started: instatusTime(Date.parse('2023-03-12T08:15:00Z')),
          updatedAt: iso(NOW - 2 * MINUTE),
        },
      ],
    });
    expect(banner(doc).primary?.updated).toBe('Started 4 years ago (Sun,\u00a0Mar\u00a012,\u00a02023,\u00a08:15\u00a0AM)');
  });
});
