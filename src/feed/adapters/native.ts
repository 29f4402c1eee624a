import { FeedError } from '../errors.js';
import { epoch, httpUrl, type FeedProblem, type Incident, type Maintenance, type ParseResult } from '../model.js';
import { recognise } from '../triage.js';
import { describeIssues, newestFirst, parseItems } from './common.js';
import { envelopeSchema, incidentSchema, maintenanceSchema, type FeedIncident, type FeedMaintenance } from '../schema.js';

function toIncident(raw: FeedIncident): Incident {
  const updates = newestFirst(
    (raw.updates ?? []).map((update) => ({ at: epoch(update.at), status: update.status, message: update.message })),
  );
  // A start is no update: with neither, the incident is shown with its start instead.
  const updatedAt = epoch(raw.updated_at) ?? updates[0]?.at;
  return {
    id: raw.id,
    title: raw.title,
    impact: raw.impact,
    status: raw.status,
    startedAt: epoch(raw.started_at),
    updatedAt,
    resolvedAt: raw.status === 'resolved' ? (epoch(raw.resolved_at) ?? updatedAt) : undefined,
    expectedResolutionAt: epoch(raw.expected_resolution_at),
    nextUpdateAt: epoch(raw.next_update_at),
    components: raw.components ?? [],
    url: httpUrl(raw.url),
    postmortemUrl: httpUrl(raw.postmortem_url),
    updates,
  };
}

function toMaintenance(raw: FeedMaintenance): Maintenance {
  return {
    id: raw.id,
    title: raw.title,
    message: raw.message,
    startsAt: epoch(raw.starts_at),
    endsAt: epoch(raw.ends_at),
    components: raw.components ?? [],
    url: httpUrl(raw.url),
  };
}

/**
 * Reads the native format, version 1, as `parseFeed(doc, 'native')` does. Returns `{ model, problems }`
 * (see parseFeed). Throws FeedError (`version`, `schema`) when the document is rejected whole.
 */
export function parseNative(doc: unknown): ParseResult {
  recognise(doc, 'native');
  const envelope = envelopeSchema.safeParse(doc);
  if (!envelope.success) throw new FeedError('schema', describeIssues(envelope.error));
  const feed = envelope.data;
  const problems: FeedProblem[] = [];
  return {
    model: {
      updatedAt: epoch(feed.updated_at),
      page: feed.page && { name: feed.page.name, url: httpUrl(feed.page.url) },
      pollInterval: feed.poll_interval,
      incidents: parseItems(feed.incidents, incidentSchema, toIncident, 'incidents', problems),
      maintenances: parseItems(feed.maintenances, maintenanceSchema, toMaintenance, 'maintenances', problems),
    },
    problems,
  };
}
