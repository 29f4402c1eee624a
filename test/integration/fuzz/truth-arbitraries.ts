/**
 * Feeds of every format whose times spread from minutes to a century either side of BASE (and to
 * the ends of what a Date holds), written with offsets and in each page's own time formats, for
 * the properties of issue #10: the clock beats the words, no time in the wrong tense, nothing
 * invented, nothing thrown. Only fast-check: the Chromium property test reads it too.
 */
import fc from 'fast-check';

export const BASE = Date.parse('2026-11-24T09:45:00Z');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/** A distance from BASE, at every scale. */
export const offset: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -90 * MINUTE, max: 90 * MINUTE }),
  fc.integer({ min: -3 * DAY, max: 3 * DAY }),
  fc.integer({ min: -400 * DAY, max: 400 * DAY }),
  fc.integer({ min: -100 * YEAR, max: 100 * YEAR }),
);

/** An instant near BASE, sometimes at the ends of what a Date holds. */
const instant: fc.Arbitrary<number> = fc.oneof(
  { weight: 12, arbitrary: offset.map((ms) => BASE + ms) },
  { weight: 1, arbitrary: fc.constantFrom(8.64e15, -8.64e15, 0) },
);

/** The same instant as ISO 8601 with another offset: `+05:30`, `-12:00`, `+14:00`. */
function withOffset(ms: number, minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  const zone = `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
  return new Date(ms + minutes * MINUTE).toISOString().slice(0, 19) + zone;
}

const isoTime: fc.Arbitrary<string> = fc
  .tuple(instant, fc.constantFrom(0, 330, -720, 840))
  // At the ends of the range, the wall time of another offset is past what a Date holds: UTC only.
  .map(([ms, minutes]) => (minutes === 0 || Math.abs(ms) > 8.6e15 ? new Date(ms).toISOString() : withOffset(ms, minutes)));

/** Instatus writes `Date#toString()`; sometimes ISO. */
const instatusTime: fc.Arbitrary<string> = fc
  .tuple(instant, fc.boolean())
  .map(([ms, iso]) => (iso ? new Date(ms).toISOString() : new Date(ms).toString()));

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });

const ids = fc.constantFrom('a', 'b', 'c', 'inc-1');
const impacts = fc.constantFrom('none', 'minor', 'major', 'critical');
const statuses = fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved');
/** Operators write relative times that age: the banner must date them, not repeat them. */
const message = fc.constantFrom(
  'We are investigating.',
  'The upgrade will begin in 60 minutes.',
  'Expect recovery within 30 minutes.',
  'Write to [support@example.com](mailto:support@example.com "support@example.com").',
  'See [the notes](https://docs.example.com/a "Notes").',
);
const url = fc.constantFrom('https://status.example.com/i/1', 'javascript:alert(1)', 'mailto:a@b.example');
const page = { name: 'Tessellate', url: 'https://status.tessellate.example' };

export const nativeFeed: fc.Arbitrary<unknown> = fc.record(
  {
    version: fc.constant(1),
    updated_at: isoTime,
    page: fc.constant(page),
    incidents: fc.array(
      fc.record(
        {
          id: ids,
          title: fc.constantFrom<unknown>('API errors', { en: 'API errors', fr: "Erreurs de l'API" }),
          impact: impacts,
          status: statuses,
          started_at: isoTime,
          updated_at: isoTime,
          expected_resolution_at: optional(isoTime),
          next_update_at: optional(isoTime),
          resolved_at: optional(isoTime),
          url,
          updates: fc.array(fc.record({ at: isoTime, status: statuses, message }), { maxLength: 3 }),
        },
        { requiredKeys: ['id', 'title', 'impact', 'status'] },
      ),
      { maxLength: 4 },
    ),
    maintenances: fc.array(
      fc.record(
        { id: ids, title: fc.constant('Database upgrade'), message, starts_at: isoTime, ends_at: optional(isoTime) },
        {
          requiredKeys: ['id', 'title', 'starts_at'],
        },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['version'] },
);

const statuspageUpdate = fc.record(
  { status: optional(statuses), body: message, display_at: optional(isoTime), created_at: isoTime },
  { requiredKeys: ['body'] },
);

export const statuspageDocument: fc.Arbitrary<unknown> = fc.record(
  {
    page: isoTime.map((updated) => ({ ...page, updated_at: updated })),
    status: fc.record({
      indicator: fc.constantFrom('none', 'minor', 'major', 'critical', 'maintenance'),
      description: fc.constantFrom('All Systems Operational', 'Partial System Outage', 'Service Under Maintenance'),
    }),
    incidents: fc.array(
      fc.record(
        {
          id: ids,
          name: fc.constant('Elevated API errors'),
          status: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'postmortem'),
          impact: impacts,
          created_at: isoTime,
          updated_at: isoTime,
          started_at: optional(isoTime),
          resolved_at: optional(isoTime),
          shortlink: url,
          incident_updates: fc.array(statuspageUpdate, { maxLength: 3 }),
        },
        { requiredKeys: ['id', 'name', 'status'] },
      ),
      { maxLength: 3 },
    ),
    scheduled_maintenances: fc.array(
      fc.record(
        {
          id: ids,
          name: fc.constant('Database upgrade'),
          status: fc.constantFrom('scheduled', 'in_progress', 'verifying', 'completed'),
          created_at: isoTime,
          started_at: optional(isoTime),
          scheduled_for: optional(isoTime),
          scheduled_until: optional(isoTime),
          shortlink: url,
          incident_updates: fc.array(statuspageUpdate, { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'name', 'status'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['page'] },
);

const incidentioEvent = {
  id: ids,
  name: fc.constant('Exports are failing'),
  url,
  last_update_at: optional(isoTime),
  last_update_message: optional(message),
};

export const incidentioDocument: fc.Arbitrary<unknown> = fc.record({
  page_title: fc.constant(page.name),
  page_url: fc.constant(page.url),
  ongoing_incidents: fc.array(
    fc.record({
      ...incidentioEvent,
      status: statuses,
      current_worst_impact: fc.constantFrom('degraded_performance', 'partial_outage', 'full_outage'),
    }),
    { maxLength: 3 },
  ),
  in_progress_maintenances: fc.array(
    fc.record({ ...incidentioEvent, started_at: optional(isoTime), scheduled_end_at: optional(isoTime) }),
    {
      maxLength: 2,
    },
  ),
  scheduled_maintenances: fc.array(fc.record({ ...incidentioEvent, starts_at: optional(isoTime), ends_at: optional(isoTime) }), {
    maxLength: 2,
  }),
});

export const instatusDocument: fc.Arbitrary<unknown> = fc.record({
  page: fc.record({
    name: fc.constant(page.name),
    url: fc.constant(page.url),
    status: fc.constantFrom('UP', 'HASISSUES', 'UNDERMAINTENANCE'),
  }),
  activeIncidents: fc.array(
    fc.record(
      {
        id: ids,
        name: fc.constant('Uploads are slow'),
        status: fc.constantFrom('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'),
        impact: fc.constantFrom('DEGRADEDPERFORMANCE', 'PARTIALOUTAGE', 'MAJOROUTAGE'),
        started: instatusTime,
        updatedAt: instatusTime,
        url,
      },
      { requiredKeys: ['name', 'status'] },
    ),
    { maxLength: 3 },
  ),
  activeMaintenances: fc.array(
    fc.record(
      {
        id: ids,
        name: fc.constant('Database maintenance'),
        status: fc.constantFrom('NOTSTARTEDYET', 'INPROGRESS', 'COMPLETED'),
        start: instatusTime,
        duration: fc.oneof(fc.integer({ min: 1, max: 60 * 24 * 3 }), fc.constantFrom('60', 1e21, 0, -5)),
        url,
      },
      { requiredKeys: ['name', 'status'] },
    ),
    { maxLength: 3 },
  ),
});

/** The reader's clock: at BASE, or minutes to a century away from the feed's times. */
export const clock: fc.Arbitrary<number> = fc.oneof(
  fc.constant(BASE),
  offset.map((ms) => BASE + ms),
);

/**
 * Every time a document states, as its readers parse them (ISO 8601 with any offset, Instatus's
 * `Date#toString()` with its zone name in brackets), plus the ends Instatus derives from a start and
 * a duration in minutes: no time shown may come from anywhere else (or be anything but now).
 */
export function statedTimes(doc: unknown): Set<number> {
  const times = new Set<number>();
  const read = (value: string) => Date.parse(value.includes(' (') ? value.slice(0, value.indexOf(' (')) : value);
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const ms = read(node);
      if (!Number.isNaN(ms)) times.add(ms);
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      Object.values(record).forEach(visit);
      if (typeof record['start'] === 'string') times.add(read(record['start']) + Number(record['duration']) * MINUTE);
    }
  };
  visit(doc);
  return times;
}

/** Every word a document says, lower-case: a state shown must be one of them. */
export function statedWords(doc: unknown): Set<string> {
  return new Set(
    (
      JSON.stringify(doc)
        .toLowerCase()
        .match(/[a-z_]+/g) ?? []
    ).map(String),
  );
}
