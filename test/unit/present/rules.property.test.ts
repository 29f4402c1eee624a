/**
 * The presenters' rules over any model at all, whatever its times hold (NaN, ±Infinity, the ends of
 * what a Date holds, centuries away): neither view throws, no relative time is in the wrong tense,
 * no window past its end is shown, and only a page-wide notice has no state. The feed-level
 * properties are in test/integration/fuzz/truth.test.ts. Seed fixed under CI (or FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { representable, type Incident, type IncidentStatus, type Maintenance, type StatusModel } from '../../../src/feed/model.js';
import { BANNER, localize } from '../../../src/i18n/catalog.js';
import { buildPageView } from '../../../src/page/page-view.js';
import { buildView, type ItemView } from '../../../src/present/view.js';
import { HOUR, NOW } from './fixtures.js';

const SEED = process.env['FUZZ_SEED'] ?? (process.env['CI'] ? '20261125' : undefined);
const RUNS = 400;
/** The whole property's budget: a model takes well under a millisecond. */
const BUDGET_MS = 4000;

const YEAR = 8766 * HOUR;
const time: fc.Arbitrary<number> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -3 * HOUR, max: 3 * HOUR }).map((offset) => NOW + offset) },
  { weight: 4, arbitrary: fc.double({ min: -200 * YEAR, max: 200 * YEAR, noNaN: true }).map((offset) => NOW + offset) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, 8.64e15, -8.64e15, 8.64e15 + 1, -8.64e15 - 1, 0, Number.MAX_VALUE),
  },
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const status = fc.constantFrom<IncidentStatus>('investigating', 'identified', 'monitoring', 'resolved');

const incident: fc.Arbitrary<Incident> = fc.record({
  id: fc.constantFrom('a', 'b', 'c'),
  title: fc.constant('API errors'),
  impact: fc.constantFrom('none', 'minor', 'major', 'critical'),
  status: maybe(status),
  startedAt: maybe(time),
  updatedAt: maybe(time),
  resolvedAt: maybe(time),
  expectedResolutionAt: maybe(time),
  nextUpdateAt: maybe(time),
  components: fc.constant([]),
  updates: fc.array(fc.record({ at: time, status: maybe(status), message: fc.constant('Rolling back.') }), { maxLength: 2 }),
});

const maintenance: fc.Arbitrary<Maintenance> = fc.record({
  id: fc.constantFrom('m', 'n'),
  title: fc.constant('Database upgrade'),
  message: maybe(fc.constant('Read-only.')),
  messageAt: maybe(time),
  startsAt: maybe(time),
  endsAt: maybe(time),
  status: maybe(fc.constantFrom('scheduled', 'in_progress', 'completed')),
  components: fc.constant([]),
});

const model: fc.Arbitrary<StatusModel> = fc.record({
  updatedAt: maybe(time),
  incidents: fc.array(incident, { maxLength: 3 }),
  maintenances: fc.array(maintenance, { maxLength: 3 }),
});

const BROKEN = /NaN|Invalid Date|undefined|Infinity/;

function checkItem(view: ItemView, now: number, locale: string): void {
  for (const text of [view.title, view.stateLabel, view.message, view.eta, view.updated]) expect(text).not.toMatch(BROKEN);
  for (const { at, tense } of view.moments) {
    if (tense === 'past') expect(at).toBeLessThanOrEqual(now);
    else expect(at).toBeGreaterThan(now);
  }
  if (view.item.kind === 'maintenance') {
    const endsAt = representable(view.item.maintenance.endsAt);
    if (endsAt !== undefined) expect(endsAt).toBeGreaterThan(now);
  } else {
    expect(view.state).toBe(view.item.incident.status);
    if (!view.state) expect(view.stateLabel).toBe(localize(BANNER, locale).notice);
  }
}

describe('presenters over any model, any time value (#10)', () => {
  it(
    `${RUNS} models: no throw, no wrong tense, no window past its end, no invented state`,
    () => {
      const started = performance.now();
      fc.assert(
        fc.property(
          model,
          fc.oneof(
            fc.constant(NOW),
            time.filter((ms) => representable(ms) !== undefined),
          ),
          fc.constantFrom('en', 'fr', 'de', 'es', 'ar', 'x-invalid-'),
          fc.constantFrom('UTC', 'Pacific/Kiritimati', undefined),
          (generated, now, locale, timeZone) => {
            const banner = buildView(generated, { now, locale, timeZone, resolvedFor: 3600, maintenanceNotice: 24, components: [] });
            for (const view of banner.primary ? [banner.primary, ...banner.others] : []) checkItem(view, now, locale);
            expect(Number.isFinite(banner.refreshIn)).toBe(true);
            const page = buildPageView(generated, { now, locale, timeZone, recentDays: 7 });
            for (const entry of [...page.current, ...page.recent, ...page.maintenances]) checkItem(entry.view, now, locale);
            for (const { ends } of page.maintenances) if (ends) expect(ends.at).toBeGreaterThan(now);
            expect(Number.isFinite(page.refreshIn)).toBe(true);
          },
        ),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: Number(SEED) }) },
      );
      expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    },
    2 * BUDGET_MS,
  );
});
