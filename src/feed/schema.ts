/**
 * The native feed, version 1: the single source of truth for the element's
 * parser, the CLI's validation and the published JSON Schema.
 * Written with `zod/mini` because classic zod costs ~22 KB gzip in the browser.
 */
import * as z from 'zod/mini';
import { epoch, IMPACTS, INCIDENT_STATUSES } from './model.js';
import { MAX_POLL_INTERVAL_S } from './limits.js';

/** A check of our own: the same issue as `z.refine`, which costs 0.15 KB gzip more in the browser. */
function holds<Value>(ok: (value: Value) => boolean, message: string) {
  return z.check<Value>((payload) => {
    if (!ok(payload.value)) payload.issues.push({ code: 'custom', message, input: payload.value });
  });
}

// Some character that is neither a space nor an invisible format character (soft hyphen, zero-width
// space and joiners, direction marks and isolates, word joiner and invisible operators, BOM): a text
// of those only renders blank, so it counts as empty. Ranges rather than `\p{Cf}`, which JSON Schema
// validators outside JavaScript (Python's `re`) cannot read. A pattern rather than trim + minLength:
// 0.3 KB gzip less in the browser, and the JSON Schema says it too.
export const VISIBLE_CHARACTER = /[^\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;
export const nonEmptyText = z.string().check(z.regex(VISIBLE_CHARACTER));

/**
 * A text in several languages: an object of BCP 47 tag → string. An object with only a catch-all rather than
 * `z.record()`: the same JSON Schema (`additionalProperties`), 0.6 KB gzip less in the browser.
 * The object must come out with a language in it: zod copies a `__proto__` key (an own key after
 * JSON.parse) by assignment, which sets the copy's prototype instead, so `{"__proto__": "x"}`
 * would otherwise pass as a text that renders empty.
 */
export const localizedTextObjectSchema = z
  .catchall(z.object({}), nonEmptyText)
  .check(holds((text) => Object.keys(text).length > 0, 'a text needs at least one language'));
/** A feed text: a string, or one per language. */
export const localizedTextSchema = z.union([nonEmptyText, localizedTextObjectSchema]);

/**
 * ISO 8601 date-time with an offset (`Z` or `+02:00`), optional seconds and fraction. A pattern
 * rather than `z.iso.datetime()`, which costs 0.6 KB gzip in the browser for the same answer;
 * json-schema.ts labels it `format: date-time`.
 */
export const timeSchema = z.string().check(
  z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/i),
  // The pattern lets 23:60 and 30 February through, which Date.parse rejects or rolls over to another day: the
  // element reads times with `epoch`, so one it cannot read drops its item, reported, rather than showing it undated.
  holds((value: string) => epoch(value) !== undefined, 'not a time a clock can read'),
);

// `z.literal([...])` rather than `z.enum()`: the same check and JSON Schema (`enum`), 0.2 KB gzip less.
/** An incident's `impact`: `none`, `minor`, `major` or `critical`. */
export const impactSchema = z.literal(IMPACTS);
/** An incident's or an update's `status`: `investigating`, `identified`, `monitoring` or `resolved`. */
export const incidentStatusSchema = z.literal(INCIDENT_STATUSES);

/** One entry of an incident's `updates`: `at` (ISO time), `status`, `message` (a text). */
export const updateSchema = z.object({
  at: timeSchema,
  status: incidentStatusSchema,
  message: localizedTextSchema,
});

/**
 * One incident. Required: `id` (unique in the feed), `title`, `impact`, `status`. Optional: times
 * (`started_at`, `updated_at`, `resolved_at`; `expected_resolution_at` the ETA and `next_update_at`
 * the promised next update, both nullable), `postmortem_url`, `url`, `components`, `updates` (newest first).
 */
export const incidentSchema = z.object({
  id: nonEmptyText,
  title: localizedTextSchema,
  impact: impactSchema,
  status: incidentStatusSchema,
  started_at: z.optional(timeSchema),
  updated_at: z.optional(timeSchema),
  expected_resolution_at: z.optional(z.nullable(timeSchema)),
  next_update_at: z.optional(z.nullable(timeSchema)),
  resolved_at: z.optional(z.nullable(timeSchema)),
  postmortem_url: z.optional(z.nullable(z.string())),
  components: z.optional(z.array(z.string())),
  url: z.optional(z.nullable(z.string())),
  updates: z.optional(z.array(updateSchema)),
});

/** One maintenance window: `id`, `title`, `starts_at` required; `ends_at`, `message`, `components`, `url` optional. */
export const maintenanceSchema = z.object({
  id: nonEmptyText,
  title: localizedTextSchema,
  message: z.optional(localizedTextSchema),
  starts_at: timeSchema,
  ends_at: z.optional(z.nullable(timeSchema)),
  components: z.optional(z.array(z.string())),
  url: z.optional(z.nullable(z.string())),
});

const pageSchema = z.object({
  name: z.optional(z.string()),
  url: z.optional(z.string()),
});

const envelopeFields = {
  version: z.literal(1),
  updated_at: z.optional(timeSchema),
  page: z.optional(pageSchema),
  /** Seconds between polls; 0 stops polling. */
  poll_interval: z.optional(z.number().check(z.minimum(0), z.maximum(MAX_POLL_INTERVAL_S))),
};

/**
 * The whole feed, every item valid: what the CLI writes and the JSON Schema publishes. The element is
 * more lenient (it drops one invalid item and keeps the others); a feed that passes this is read whole.
 *
 * @example
 * ```ts
 * import { feedSchema, type Feed } from 'status-banner/schema';
 *
 * const feed: Feed = { version: 1, updated_at: new Date().toISOString(), incidents: [], maintenances: [] };
 * feedSchema.parse(feed); // throws a ZodError naming each invalid field
 * ```
 */
export const feedSchema = z.object({
  ...envelopeFields,
  incidents: z.optional(z.array(incidentSchema)),
  maintenances: z.optional(z.array(maintenanceSchema)),
});

/**
 * What the element requires before looking at items: items are then checked
 * one by one so that a single bad incident is dropped, not the whole feed.
 */
export const envelopeSchema = z.object({
  ...envelopeFields,
  incidents: z.optional(z.array(z.unknown())),
  maintenances: z.optional(z.array(z.unknown())),
});

/** A native feed, version 1, as JSON: the type of {@link feedSchema}. */
export type Feed = z.infer<typeof feedSchema>;
/** One entry of a feed's `incidents`. */
export type FeedIncident = z.infer<typeof incidentSchema>;
/** One entry of an incident's `updates`. */
export type FeedIncidentUpdate = z.infer<typeof updateSchema>;
/** One entry of a feed's `maintenances`. */
export type FeedMaintenance = z.infer<typeof maintenanceSchema>;
/** A text: a string, or an object of BCP 47 tag to string. */
export type FeedText = z.infer<typeof localizedTextSchema>;
