/**
 * What a person reading each real status page (test/fixtures/real/, see PROVENANCE.md) would see
 * at a given moment: the truth the banner must tell, written down once and read by both the Node
 * test (`real-captures.test.ts`, parseFeed + buildView) and the browser test over the built
 * script-tag file (`test/browser/real-captures.test.ts`).
 *
 * These are truths, not today's output: a row the code gets wrong fails on purpose, and its failure
 * is the bug report. Rules applied (docs/feed.md, "What the banner says"):
 * - the clock beats the words: a maintenance window past its end is never shown, whatever its
 *   status word; between its start and its end it is in progress, whatever the word but
 *   `completed` (below);
 * - no time in the wrong tense: nothing "updated in …", no start or end that has passed presented
 *   as to come, no ETA in the past;
 * - nothing invented: no state, time or word the page did not give (a neutral wording of the
 *   banner's own, such as "Maintenance in progress" for a page under maintenance, is fine).
 * And the decisions the README records where the issue was silent ("What the banner says"):
 * - relative times go on to months and years ("Updated 4 months ago", not "123 days ago");
 * - a maintenance text older than 10 minutes says its age ("Updated 2 days ago"), so the
 *   operator's own relative words cannot contradict the banner's times unnoticed;
 * - `completed` (Statuspage) ends a window, whatever the clock: the operator said so, and it is
 *   newer than the schedule. A capture whose word is `completed`, replayed at any moment, shows
 *   nothing for that window;
 * - a page-wide indicator with no listed incident is "Current status": no incident status, no time.
 *
 * Texts are exact where only one wording is right; patterns where the banner may word a thing its
 * own way, and then they pin what must be said (the number, the tense) rather than the phrasing.
 * Relative times only: the browser test runs in the machine's time zone.
 */

export type CaptureFormat = 'statuspage' | 'instatus' | 'incidentio';

export interface ShownItem {
  title: string;
  /** The state label next to the title. */
  state: string | RegExp;
  /** The message part; '' when the banner shows none. */
  message?: string | RegExp;
  /** The ETA part (maintenance window, expected fix); '' when none. */
  eta?: string | RegExp;
  /** The "updated" part; '' when none. */
  updated?: string | RegExp;
  /** Each must match somewhere in the item's eta, updated or message text (a fact that must be shown). */
  mentions?: RegExp[];
  /** Each must match none of the item's texts (a fact from the future, a stale word). */
  never?: RegExp[];
}

export interface Moment {
  /** When this moment is, in words: "at capture", "months later", "during the window". */
  when: string;
  /** ISO 8601 instant: the page clock (and the `Date` header) of this moment. */
  at: string;
  /** What the person sees and why, one line; names the test. */
  says: string;
  /** The banner's main item, or null when nothing is shown. */
  primary: ShownItem | null;
  /**
   * Titles of the other current items ("+N more"), in any order: which items and how many are the
   * truth, their order is the banner's own choice.
   */
  others: string[];
}

export interface Capture {
  /** File name under test/fixtures/real/. */
  file: string;
  format: CaptureFormat;
  moments: Moment[];
}

/** Any relative time, as long as it is in the past ("5 minutes ago", "now"). */
export const PAST_OR_NOW = /^(?:|.*\b(?:ago|now)\b.*)$/;

/** Markup the banner must never show as text: markdown links and emphasis, HTML tags and entities. */
export const MARKUP_RESIDUE = ['](', '<br', '&amp;', '**', '<a ', '&lt;'] as const;

/**
 * Time in the wrong tense: an update "in" the future, a start or end that has passed still to come
 * the other way round ("Starts … ago"), an ETA or a promised update in the past.
 */
export const WRONG_TENSE: readonly RegExp[] = [
  /\bupdated in\b/i,
  /\bstarts?\b[^.]*\bago\b/i,
  /\bends?\b[^.]*\bago\b/i,
  /\bexpected\b[^.]*\bago\b/i,
  /\bnext update\b[^.]*\bago\b/i,
];

export const CAPTURES: Capture[] = [
  {
    file: 'github-summary-2020-12-17.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2020-12-17T00:54:37.709Z',
        says: 'the macOS maintenance is in progress and ends in 2 days; its text (10:00 on 15 December) says its age',
        primary: {
          title: 'macOS virtual environment maintenance',
          state: 'Maintenance in progress',
          eta: /\bends? in 2 days\b/i,
          message: 'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
          updated: /^Updated 2 days ago\.$/,
          never: [/will begin/i],
        },
        others: [],
      },
      {
        when: 'last half hour of the window',
        at: '2020-12-19T03:30:00.000Z',
        says: 'still in progress, ends in 30 minutes; its text is 4 days old and says so',
        primary: {
          title: 'macOS virtual environment maintenance',
          state: 'Maintenance in progress',
          eta: /\bends? in 30 minutes\b/i,
          updated: /^Updated 4 days ago\.$/,
          never: [/will begin/i],
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2021-04-17T00:00:00.000Z',
        says: 'the window ended on 19 December: nothing, although the page still says in_progress',
        primary: null,
        others: [],
      },
    ],
  },
  {
    file: 'github-status-2020-12-17.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2020-12-17T00:54:37.709Z',
        says: 'the page says "Service Under Maintenance", with no window',
        primary: { title: 'Service Under Maintenance', state: /maintenance/i, eta: '', updated: '', message: '' },
        others: [],
      },
      {
        when: 'months later',
        at: '2021-04-17T00:00:00.000Z',
        says: 'still the page\u2019s own words; no time invented',
        primary: { title: 'Service Under Maintenance', state: /maintenance/i, eta: '', updated: '', message: '' },
        others: [],
      },
    ],
  },
  {
    file: 'github-status-2020-05-22.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2020-05-22T20:50:20.457Z',
        says: 'the page says "Minor Service Outage" and nothing else: "Current status", not "Investigating", and no time',
        primary: { title: 'Minor Service Outage', state: 'Current status', eta: '', updated: '', message: '' },
        others: [],
      },
      {
        when: 'months later',
        at: '2020-09-22T00:00:00.000Z',
        says: 'the same words, still no invented state and no time',
        primary: { title: 'Minor Service Outage', state: 'Current status', eta: '', updated: '', message: '' },
        others: [],
      },
    ],
  },
  {
    file: 'github-summary-2026-07-24.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-24T19:44:36.000Z',
        says: 'Pull Requests incident, investigating, updated a minute ago',
        primary: {
          title: 'Incident with Pull Requests',
          state: 'Investigating',
          message: 'Pull Requests is experiencing degraded availability. We are continuing to investigate.',
          eta: '',
          updated: /\b1 minute ago\b/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2026-11-24T19:44:36.000Z',
        says: 'the page as captured still says investigating; its last update is 123 days old: "4 months ago"',
        primary: { title: 'Incident with Pull Requests', state: 'Investigating', eta: '', updated: /^Updated 4 months ago\.$/ },
        others: [],
      },
    ],
  },
  {
    file: 'github-summary-2026-07-31.json',
    format: 'statuspage',
    moments: [
      { when: 'at capture', at: '2026-07-31T03:29:01.470Z', says: 'all systems operational: nothing', primary: null, others: [] },
      { when: 'months later', at: '2026-12-01T00:00:00.000Z', says: 'still nothing', primary: null, others: [] },
    ],
  },
  {
    file: 'claude-summary-2026-07-29.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-29T20:26:25.000Z',
        says: 'errors across all models, investigating, updated 37 minutes ago',
        primary: {
          title: 'Elevated errors across all models',
          state: 'Investigating',
          message: 'We are currently investigating this issue.',
          eta: '',
          updated: /\b37 minutes ago\b/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2027-01-29T20:26:25.000Z',
        says: 'the same words, updated 184 days ago: "6 months ago"',
        primary: { title: 'Elevated errors across all models', state: 'Investigating', eta: '', updated: /^Updated 6 months ago\.$/ },
        others: [],
      },
    ],
  },
  {
    file: 'claude-summary-2026-10-07.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-10-07T23:44:53.565Z',
        says: 'usage data errors, monitoring, updated 2 hours ago',
        primary: {
          title: 'Elevated errors on platform.claude.com',
          state: 'Monitoring',
          message:
            "We've mitigated the errors loading usage data on platform.claude.com and in the Admin API usage report. While we work on a full fix, the most recent ~30 minutes of usage may take longer to appear on the platform.claude.com. API requests are not affected, and we will provide additional updates here.",
          eta: '',
          updated: /\b2 hours ago\b/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2027-02-07T23:44:53.565Z',
        says: 'the same words, updated 123 days ago: "4 months ago"',
        primary: { title: 'Elevated errors on platform.claude.com', state: 'Monitoring', eta: '', updated: /^Updated 4 months ago\.$/ },
        others: [],
      },
    ],
  },
  {
    file: 'openai-summary-2026-07-22.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-22T14:49:05.000Z',
        says: 'Workspace Agent errors, investigating, updated now',
        primary: {
          title: 'Elevated errors for Workspace Agent',
          state: 'Investigating',
          message: 'We are investigating the issue for the listed services.',
          eta: '',
          updated: /\bnow\b/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2026-12-22T14:49:05.000Z',
        says: 'the same words, updated 153 days ago: "5 months ago"',
        primary: { title: 'Elevated errors for Workspace Agent', state: 'Investigating', eta: '', updated: /^Updated 5 months ago\.$/ },
        others: [],
      },
    ],
  },
  {
    file: 'openai-summary-2026-09-29.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-09-29T18:29:41.000Z',
        says: 'two open incidents: the errors first, support chat as "+1 more"; the mailto link reads as text',
        primary: {
          title: 'Elevated errors across ChatGPT, Codex, and the API including the Agents API',
          state: 'Investigating',
          message:
            'We\u2019re investigating elevated errors affecting ChatGPT, Codex, and the API including the Agents API.\n\nSome users may experience failed requests, difficulty logging in or signing up, and tasks that do not complete. We\u2019ll share updates as we learn more.',
          eta: '',
          updated: /\b5 minutes ago\b/,
        },
        others: ['Support chat unavailable'],
      },
      {
        when: 'months later',
        at: '2027-01-29T18:29:41.000Z',
        says: 'both still open as captured, updated 122 days ago: "4 months ago"',
        primary: {
          title: 'Elevated errors across ChatGPT, Codex, and the API including the Agents API',
          state: 'Investigating',
          eta: '',
          updated: /^Updated 4 months ago\.$/,
        },
        others: ['Support chat unavailable'],
      },
    ],
  },
  {
    file: 'cohere-summary-2026-07-23.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-23T22:57:07.000Z',
        says: 'dashboard login loop, investigating; the titled markdown link reads as text',
        primary: {
          title: 'Dashboard Login Service Disruption',
          state: 'Investigating',
          message:
            /^\u{1F50E} We are currently investigating an issue affecting the Cohere Dashboard \(dashboard\.cohere\.com(?: \(http:\/\/dashboard\.cohere\.com\/?\))?\)\. Users may experience a continuous refresh loop on the login page, preventing successful authentication\.$/u,
          eta: '',
          updated: /\bnow\b/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2026-11-23T22:57:07.000Z',
        says: 'the same words, updated 123 days ago: "4 months ago"',
        primary: { title: 'Dashboard Login Service Disruption', state: 'Investigating', eta: '', updated: /^Updated 4 months ago\.$/ },
        others: [],
      },
    ],
  },
  {
    file: 'bitbucket-summary-2026-07-31.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-31T13:21:24.000Z',
        says: 'site failed to load, monitoring (impact none, page all operational), updated 11 minutes ago',
        primary: {
          title: 'BitBucket Site fails to Load',
          state: 'Monitoring',
          message:
            'Some customers experienced intermittent errors when accessing Bitbucket Cloud, including failures loading the site and associated impacts to Pipelines.\n\nWe have been able to apply the fix to mitigate the issues and we are seeing recovery.\n\nWe continue to monitor the situation and should be fully recovered soon. We should be able to provide more updates in the next one hour or earlier.',
          eta: '',
          updated: /\b11 minutes ago\b/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2026-12-31T13:21:24.000Z',
        says: 'the same words, updated 153 days ago: "5 months ago"',
        primary: { title: 'BitBucket Site fails to Load', state: 'Monitoring', eta: '', updated: /^Updated 5 months ago\.$/ },
        others: [],
      },
    ],
  },
  {
    file: 'cursor-summary-2026-09-25.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-09-25T23:49:34.862Z',
        says: 'Grok Bot degraded, investigating, updated 2 minutes ago',
        primary: {
          title: 'Investigating service degradation \u2014 Grok Bot',
          state: 'Investigating',
          message: 'We are investigating a service degradation affecting Grok Bot.',
          eta: '',
          updated: /\b2 minutes ago\b/,
        },
        others: [],
      },
      {
        when: 'device clock 10 days behind',
        at: '2026-09-15T23:49:34.862Z',
        says: 'the update is "in the future" for this clock: it reads "now", never "Updated in 10 days"',
        primary: {
          title: 'Investigating service degradation \u2014 Grok Bot',
          state: 'Investigating',
          eta: '',
          updated: /^Updated now\.$/,
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2027-01-25T23:49:34.862Z',
        says: 'the same words, updated 122 days ago: "4 months ago"',
        primary: {
          title: 'Investigating service degradation \u2014 Grok Bot',
          state: 'Investigating',
          eta: '',
          updated: /^Updated 4 months ago\.$/,
        },
        others: [],
      },
    ],
  },
  {
    file: 'perplexity-instatus-summary-2026-07-23.json',
    format: 'instatus',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-23T17:53:02.000Z',
        says: 'sandbox issues, monitoring; Instatus gives a start (17:48), which must be shown, and no update text',
        primary: {
          title: 'Computer sandbox issues',
          state: 'Monitoring',
          message: '',
          eta: '',
          updated: /^Started 5 minutes ago\b/,
          mentions: [/\b(?:start|since|began|opened)/i],
        },
        others: [],
      },
      {
        when: 'months later',
        at: '2026-11-23T17:53:02.000Z',
        says: 'the same, its start 123 days ago: "4 months ago"',
        primary: {
          title: 'Computer sandbox issues',
          state: 'Monitoring',
          message: '',
          eta: '',
          updated: /^Started 4 months ago\b/,
          mentions: [/\b(?:start|since|began|opened)/i],
        },
        others: [],
      },
    ],
  },
  {
    file: 'claude-scheduled-maintenances-2026-09-15.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-09-15T11:14:48.639Z',
        says: 'both maintenances completed long ago: nothing',
        primary: null,
        others: [],
      },
      // This capture was taken in September 2026: both windows say `completed`. Replayed at a moment
      // before or inside a window, a person reading it still reads "completed", and under the
      // README's decision (`completed` ends a window, whatever the clock) nothing is announced.
      {
        when: '12 hours before the December 2024 window',
        at: '2024-12-14T13:00:00.000Z',
        says: 'the capture says "completed" for the window ahead: nothing is announced, and no error',
        primary: null,
        others: [],
      },
      {
        when: '30 minutes before the December 2024 window',
        at: '2024-12-15T00:30:00.000Z',
        says: 'still "completed": no "Scheduled maintenance", and no stale "will begin in 60 minutes"',
        primary: null,
        others: [],
      },
      {
        when: 'during the December 2024 window',
        at: '2024-12-15T01:10:00.000Z',
        says: 'inside 01:00\u201301:30, but the capture\u2019s word is "completed": no maintenance in progress is shown',
        primary: null,
        others: [],
      },
      {
        when: 'during the August 2025 window',
        at: '2025-08-29T02:00:00.000Z',
        says: 'inside 01:25\u201302:40, but the capture\u2019s word is "completed": nothing shown',
        primary: null,
        others: [],
      },
      { when: 'months later', at: '2027-03-15T00:00:00.000Z', says: 'nothing', primary: null, others: [] },
    ],
  },
  {
    file: 'github-incidents-2026-07-31.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-31T03:29:01.470Z',
        says: '50 incidents, all resolved more than an hour ago: nothing (and the 332 KB body is accepted)',
        primary: null,
        others: [],
      },
      {
        when: '18 minutes after the last resolution',
        at: '2026-07-30T10:30:00.000Z',
        says: 'the Claude Fable 5 incident was resolved at 10:12: shown as resolved for the hour after',
        primary: {
          title: 'Copilot model Claude Fable 5 experiencing elevated errors',
          state: 'Resolved',
          message:
            'This incident has been resolved. Thank you for your patience and understanding as we addressed this issue. A detailed root cause analysis will be shared as soon as it is available.',
          eta: '',
          updated: /\b18 minutes ago\b/,
        },
        others: [],
      },
      { when: 'months later', at: '2026-12-01T00:00:00.000Z', says: 'nothing', primary: null, others: [] },
    ],
  },
  {
    file: 'cloudflare-summary-2026-07-29.json',
    format: 'statuspage',
    moments: [
      {
        when: 'at capture',
        at: '2026-07-29T20:04:41.000Z',
        says: 'Workers deploy errors, identified; 4 maintenances in progress and 6 starting within 24 hours',
        primary: {
          title: 'Cloudflare Workers \u2014 Errors Deploying Workers Scripts',
          state: 'Identified',
          message:
            'Cloudflare is investigating an issue where a subset of Workers script deployments are failing with errors. Customers may experience failures when attempting to deploy a Worker script via Wrangler or the Workers API. Workers that are already deployed and running in production are not affected. A fix is being prepared.',
          eta: '',
          updated: /\b1 minute ago\b/,
        },
        others: [
          'KHI (Karachi) on 2026-07-29',
          'WLG (Wellington) on 2026-07-29',
          'DAC (Dhaka) on 2026-07-29',
          'IAD (Ashburn) on 2026-07-29',
          'CDG (Paris) on 2026-07-29',
          'BCN (Barcelona) on 2026-07-30',
          'MIA (Miami) on 2026-07-30',
          'KTM (Kathmandu) on 2026-07-30',
          'DFW (Dallas) on 2026-07-30',
          'IAD (Ashburn) on 2026-07-30',
        ],
      },
      {
        when: 'next morning',
        at: '2026-07-30T08:00:00.000Z',
        says: 'the clock beats the words: BCN, MIA and DFW are in progress (the page said scheduled), the windows that ended are gone, 4 start within 24 hours',
        primary: {
          title: 'Cloudflare Workers \u2014 Errors Deploying Workers Scripts',
          state: 'Identified',
          eta: '',
          updated: /\b12 hours ago\b/,
        },
        others: [
          'DFW (Dallas) on 2026-07-30',
          'MIA (Miami) on 2026-07-30',
          'BCN (Barcelona) on 2026-07-30',
          'IAD (Ashburn) on 2026-07-30',
          'CDG (Paris) on 2026-07-30',
          'MAD (Madrid) on 2026-07-31',
          'DFW (Dallas) on 2026-07-31',
        ],
      },
      {
        when: 'during the DNS maintenance window',
        at: '2026-08-13T12:30:00.000Z',
        says: 'only the DNS Record Management window (12:00\u201313:00) is current: in progress, whatever the word "scheduled"',
        primary: {
          title: 'Cloudflare Workers \u2014 Errors Deploying Workers Scripts',
          state: 'Identified',
          eta: '',
          updated: /\b15 days ago\b/,
        },
        others: ['DNS Record Management Maintenance'],
      },
      {
        when: 'months later',
        at: '2026-12-01T00:00:00.000Z',
        says: 'the incident as captured, updated 124 days ago ("4 months ago"); every maintenance window has ended',
        primary: {
          title: 'Cloudflare Workers \u2014 Errors Deploying Workers Scripts',
          state: 'Identified',
          eta: '',
          updated: /^Updated 4 months ago\.$/,
        },
        others: [],
      },
    ],
  },
];
