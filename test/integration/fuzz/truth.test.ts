/**
 * Issue #10's rules as properties: feeds of every format, with times from minutes to a century
 * either side of the reader's clock (and at the ends of what a Date holds), through parseFeed →
 * buildView (the banner) and buildPageView (the fallback page):
 *
 * - the clock beats the words: a shown window's end is ahead; a scheduled window's start is ahead;
 *   a window between its start and its end is in progress;
 * - no time in the wrong tense: every relative time of a past event is formatted from a time at or
 *   before now, every one of a future event from a time after it (the views carry those times);
 * - nothing invented: every time shown is one the feed states (or now), every state is a word the
 *   feed says (or, for a page-wide notice, the banner's neutral "Current status"), no title is blank;
 * - nothing thrown, whatever the times.
 *
 * Runs, seeds and time budgets: ./budget.js.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedError } from '../../../src/feed/errors.js';
import { representable } from '../../../src/feed/model.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { couldShow } from '../../../src/feed/triage.js';
import { BANNER, localize } from '../../../src/i18n/catalog.js';
import { buildPageView, type PageView, type TimeText } from '../../../src/page/page-view.js';
import { buildView, type BannerView, type ItemView } from '../../../src/present/view.js';
import {
  clock,
  incidentioDocument,
  instatusDocument,
  nativeFeed,
  statedTimes,
  statedWords,
  statuspageDocument,
} from './truth-arbitraries.js';
import { fuzzBudget, runs } from './budget.js';

const DOCUMENTS = { native: nativeFeed, statuspage: statuspageDocument, incidentio: incidentioDocument, instatus: instatusDocument };
const LOCALES = ['en', 'en-US', 'fr', 'de', 'es', 'ja'];
const TIME_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/St_Johns', undefined];

const stats = {
  feeds: 0,
  triaged: 0,
  rejected: 0,
  items: 0,
  maintenances: 0,
  notices: 0,
  moments: 0,
  clamped: 0,
  windowsOverByClock: 0,
  ms: 0,
};

/** What no text may ever contain: a time that failed to format. */
const BROKEN = /NaN|Invalid Date|undefined|Infinity/;

function checkItem(view: ItemView, now: number, locale: string, stated: Set<number>, words: Set<string>): void {
  stats.items++;
  expect(view.title.trim(), 'title').not.toBe('');
  for (const text of [view.title, view.stateLabel, view.message, view.eta, view.updated]) expect(text).not.toMatch(BROKEN);
  for (const { at, tense } of view.moments) {
    stats.moments++;
    if (tense === 'past') expect(at, 'a past moment').toBeLessThanOrEqual(now);
    else expect(at, 'a future moment').toBeGreaterThan(now);
    if (at === now && !stated.has(at)) stats.clamped++;
    else expect(stated.has(at), `moment ${at} is a time the feed states`).toBe(true);
  }
  const { item } = view;
  if (item.kind === 'maintenance') {
    stats.maintenances++;
    const startsAt = representable(item.maintenance.startsAt);
    const endsAt = representable(item.maintenance.endsAt);
    if (endsAt !== undefined) expect(endsAt, 'a shown window has not ended').toBeGreaterThan(now);
    if (item.state === 'scheduled') expect(startsAt, 'a scheduled window starts ahead').toBeGreaterThan(now);
    if (startsAt !== undefined && startsAt <= now) expect(item.state, 'a window under way').toBe('in_progress');
  } else if (view.state === undefined) {
    stats.notices++;
    expect(item.incident.status).toBeUndefined();
    expect(view.stateLabel).toBe(localize(BANNER, locale).notice);
  } else {
    // Statuspage's `postmortem` is a resolved incident.
    expect(words.has(view.state) || (view.state === 'resolved' && words.has('postmortem')), `state ${view.state} is the feed's`).toBe(true);
  }
  if (locale.startsWith('en')) {
    expect(view.updated, 'a past event in the future tense').not.toMatch(/^(Updated|Started) in /);
    // The window's start may be past ("Started 2 hours ago"); nothing else in `eta` may be.
    for (const sentence of view.eta.split(/(?<=\.) /)) if (!sentence.startsWith('Started')) expect(sentence).not.toMatch(/\bago\b/);
  }
}

function checkTimeText(time: TimeText | undefined, now: number, locale: string, stated: Set<number>, kind: 'event' | 'plan'): void {
  if (!time) return;
  expect(stated.has(time.at), `page time ${time.at} is the feed's`).toBe(true);
  expect(time.relative + time.absolute).not.toMatch(BROKEN);
  if (kind === 'event' && locale.startsWith('en')) expect(time.relative, 'a past event in the future tense').not.toMatch(/^in /);
}

function checkPage(page: PageView, now: number, locale: string, stated: Set<number>): void {
  for (const entry of [...page.current, ...page.recent]) {
    for (const time of [entry.started, entry.resolved, ...entry.updates.map((update) => update.at)])
      checkTimeText(time, now, locale, stated, 'event');
  }
  checkTimeText(page.feedUpdated, now, locale, stated, 'event');
  for (const { view, starts, ends } of page.maintenances) {
    checkTimeText(starts, now, locale, stated, 'plan');
    checkTimeText(ends, now, locale, stated, 'plan');
    if (ends) expect(ends.at, 'a listed window has not ended').toBeGreaterThan(now);
    if (view.state === 'scheduled') expect(starts?.at).toBeGreaterThan(now);
  }
}

function check(doc: unknown, now: number, locale: string, timeZone: string | undefined): void {
  const started = performance.now();
  stats.feeds++;
  let model;
  try {
    ({ model } = parseFeed(JSON.parse(JSON.stringify(doc))));
  } catch (error) {
    stats.rejected++;
    expect(error, String(error)).toBeInstanceOf(FeedError);
    return;
  }
  const stated = statedTimes(doc);
  const words = statedWords(doc);
  stats.windowsOverByClock += model.maintenances.filter(
    (maintenance) => maintenance.status !== 'completed' && maintenance.endsAt !== undefined && maintenance.endsAt <= now,
  ).length;
  const banner: BannerView = buildView(model, { now, locale, timeZone, resolvedFor: 3600, maintenanceNotice: 24, components: [] });
  // The loader loads the element only when its triage says something could show: it must never say no to a banner.
  if (banner.primary) {
    stats.triaged++;
    expect(couldShow(doc, { now, resolvedFor: 3600, maintenanceNotice: 24 }), 'triage lets every banner through').toBe(true);
  }
  for (const view of banner.primary ? [banner.primary, ...banner.others] : []) checkItem(view, now, locale, stated, words);
  expect(banner.refreshIn).toBeGreaterThanOrEqual(1000);
  expect(banner.refreshIn).toBeLessThanOrEqual(3_600_000);
  const page = buildPageView(model, { now, locale, timeZone, recentDays: 7 });
  const pageItems: ItemView[] = [...page.current, ...page.recent, ...page.maintenances].map((entry) => entry.view);
  for (const view of pageItems) checkItem(view, now, locale, stated, words);
  checkPage(page, now, locale, stated);
  stats.ms += performance.now() - started;
}

describe('#10 rules as properties: every format, every clock', () => {
  /** 20 s a property (./budget.js): about 2 ms a feed (both views, every check), so 600 feeds take 1.2 s alone. */
  const fuzz = fuzzBudget(20_000);
  afterAll(() => {
    console.log(
      `truth properties: ${stats.feeds} of ${fuzz.planned()} planned feeds ` +
        `(${stats.rejected} rejected whole), ${stats.items} items checked ` +
        `(${stats.maintenances} maintenances, ${stats.notices} page-wide notices), ${stats.triaged} banners all let through by the loader's triage, ${stats.moments} relative times ` +
        `(${stats.clamped} past events dated after now, read as now), ${stats.windowsOverByClock} windows over by the clock ` +
        `whatever their word; ${stats.ms.toFixed(0)} ms`,
    );
  });

  for (const [format, documents] of Object.entries(DOCUMENTS)) {
    it(
      `${format}: the clock beats the words, no wrong tense, nothing invented, nothing thrown (banner and page)`,
      { timeout: fuzz.timeout },
      () => {
        fuzz.assert(
          fc.property(documents, clock, fc.constantFrom(...LOCALES), fc.constantFrom(...TIME_ZONES), (doc, now, locale, timeZone) =>
            check(doc, now, locale, timeZone),
          ),
          600,
        );
      },
    );
  }

  it('reached every case the rules are about', () => {
    // Planned, not fed: a property cut short by its budget passes on fewer (the closing log counts them).
    expect(fuzz.planned()).toBeGreaterThanOrEqual(runs(2400));
    expect(stats.feeds).toBeGreaterThan(0);
    expect(stats.rejected).toBeLessThan(stats.feeds / 4);
    expect(stats.maintenances).toBeGreaterThan(stats.feeds / 10);
    expect(stats.notices).toBeGreaterThan(stats.feeds / 50);
    expect(stats.triaged).toBeGreaterThan(stats.feeds / 4);
    expect(stats.clamped).toBeGreaterThan(stats.feeds / 50);
    expect(stats.windowsOverByClock).toBeGreaterThan(stats.feeds / 10);
  });
});
