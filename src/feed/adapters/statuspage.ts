/**
 * Atlassian Statuspage, public API v2: `summary.json`, `status.json`,
 * `incidents.json`, `incidents/unresolved.json`,
 * `scheduled-maintenances/upcoming.json` and `scheduled-maintenances/active.json`
 * all share one envelope (`page` plus some of `status`, `components`,
 * `incidents`, `scheduled_maintenances`), so one reader takes them all.
 */
import * as z from 'zod/mini';
import {
  epoch,
  httpUrl,
  IMPACTS,
  type FeedProblem,
  type Impact,
  type Incident,
  type IncidentStatus,
  type Maintenance,
  type MaintenanceStatus,
  type ParseResult,
} from '../model.js';
import {
  componentKeys,
  componentRefs,
  componentRefSchema,
  hasMaintenanceUnderWay,
  hasOpenIncident,
  itemList,
  itemName,
  lookup,
  newestFirst,
  optionalText,
  pageIncident,
  pageMaintenance,
  parseItems,
  readEnvelope,
} from './common.js';
import { plainText } from './markup.js';

const INCIDENT_STATUSES: Readonly<Record<string, IncidentStatus>> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  // A published postmortem follows resolution; the postmortem itself is on the incident's page.
  postmortem: 'resolved',
};

const MAINTENANCE_STATUSES: Readonly<Record<string, MaintenanceStatus>> = {
  scheduled: 'scheduled',
  in_progress: 'in_progress',
  // Work is done and being checked: users may still notice it.
  verifying: 'in_progress',
  completed: 'completed',
};

const updateSchema = z.object({
  status: optionalText,
  body: optionalText,
  display_at: optionalText,
  created_at: optionalText,
  affected_components: componentRefs,
});

/**
 * Incidents and scheduled maintenances have one shape; `incidents.json` even lists past
 * maintenances among incidents. The status word says which one an item is.
 */
const itemSchema = z.object({
  id: z.string(),
  name: itemName,
  status: z.literal([...Object.keys(INCIDENT_STATUSES), ...Object.keys(MAINTENANCE_STATUSES)]),
  impact: optionalText,
  created_at: optionalText,
  started_at: optionalText,
  resolved_at: optionalText,
  scheduled_for: optionalText,
  scheduled_until: optionalText,
  shortlink: optionalText,
  postmortem_body: optionalText,
  components: componentRefs,
  incident_updates: z.nullish(z.array(updateSchema)),
});
type StatuspageItem = z.infer<typeof itemSchema>;

const envelopeSchema = z.object({
  page: z.object({ name: optionalText, url: optionalText, updated_at: optionalText }),
  status: z.nullish(z.object({ indicator: optionalText, description: optionalText })),
  components: z.nullish(z.array(z.object({ ...componentRefSchema.shape, status: optionalText }))),
  incidents: itemList,
  scheduled_maintenances: itemList,
});

/** What this reader accepts, in words, for errors. */
export const STATUSPAGE_DOCUMENT =
  'a Statuspage API v2 document (summary.json, status.json, incidents.json, scheduled-maintenances/*.json)';

/** Updates newest first, by the time the page displays them. */
function sortedUpdates(item: StatuspageItem) {
  return newestFirst(
    (item.incident_updates ?? []).map((update) => ({ ...update, at: epoch(update.display_at) ?? epoch(update.created_at) })),
  );
}

function itemComponents(item: StatuspageItem): string[] {
  return componentKeys(item.components, ...(item.incident_updates ?? []).map((update) => update.affected_components));
}

function knownImpact(word: string | null | undefined): Impact {
  // An unknown word reads as `major`, as for the other hosted pages: overstating beats hiding.
  return IMPACTS.find((impact) => impact === word) ?? 'major';
}

function toIncident(item: StatuspageItem, pageUrl: string | undefined): Incident {
  const status = lookup(INCIDENT_STATUSES, item.status) ?? 'investigating';
  const updates = sortedUpdates(item).map((update) => ({
    at: update.at,
    status: lookup(INCIDENT_STATUSES, update.status),
    message: plainText(update.body),
  }));
  // The newest update is the change readers saw; `updated_at` also moves on silent edits, so it is no update.
  const updatedAt = updates[0]?.at;
  const url = httpUrl(item.shortlink) ?? pageUrl;
  return {
    id: item.id,
    title: item.name,
    impact: knownImpact(item.impact),
    status,
    startedAt: epoch(item.started_at) ?? epoch(item.created_at),
    updatedAt,
    resolvedAt: status === 'resolved' ? (epoch(item.resolved_at) ?? updatedAt) : undefined,
    components: itemComponents(item),
    url,
    postmortemUrl: item.status === 'postmortem' || item.postmortem_body ? url : undefined,
    updates,
  };
}

function toMaintenance(item: StatuspageItem, pageUrl: string | undefined): Maintenance {
  const [latest] = sortedUpdates(item);
  const message = plainText(latest?.body);
  return {
    id: item.id,
    title: item.name,
    message: message || undefined,
    messageAt: message ? latest?.at : undefined,
    // Not `created_at`: when a window was announced is not when it starts.
    startsAt: epoch(item.scheduled_for) ?? epoch(item.started_at),
    endsAt: epoch(item.scheduled_until),
    status: lookup(MAINTENANCE_STATUSES, item.status),
    components: itemComponents(item),
    url: httpUrl(item.shortlink) ?? pageUrl,
  };
}

/** Reads any Statuspage API v2 document. Throws FeedError('schema') when the document is not one. */
export function parseStatuspage(doc: unknown): ParseResult {
  const envelope = readEnvelope(doc, envelopeSchema, STATUSPAGE_DOCUMENT);
  const pageUrl = httpUrl(envelope.page.url);
  const problems: FeedProblem[] = [];
  const items = [
    ...parseItems(envelope.incidents, itemSchema, (item) => item, 'incidents', problems),
    ...parseItems(envelope.scheduled_maintenances, itemSchema, (item) => item, 'scheduled_maintenances', problems),
  ];
  const isMaintenance = (item: StatuspageItem) => lookup(MAINTENANCE_STATUSES, item.status) !== undefined;
  const incidents = items.filter((item) => !isMaintenance(item)).map((item) => toIncident(item, pageUrl));
  const maintenances = items.filter(isMaintenance).map((item) => toMaintenance(item, pageUrl));

  // The indicator follows component states, so it can say `none` during an open incident (the
  // items above are read regardless) or report trouble no listed item explains (shown generically).
  const indicator = envelope.status?.indicator;
  const componentsWhere = (matches: (status: string) => boolean) =>
    componentKeys(envelope.components?.filter((component) => component.status && matches(component.status)));
  const signal = { description: envelope.status?.description, url: pageUrl };
  if (indicator === 'maintenance') {
    if (!hasMaintenanceUnderWay(maintenances)) {
      maintenances.push(pageMaintenance({ ...signal, components: componentsWhere((status) => status === 'under_maintenance') }));
    }
  } else if (indicator && indicator !== 'none' && !hasOpenIncident(incidents)) {
    const down = componentsWhere((status) => status !== 'operational' && status !== 'under_maintenance');
    incidents.push(pageIncident(knownImpact(indicator), { ...signal, components: down }));
  }

  return {
    model: {
      updatedAt: epoch(envelope.page.updated_at),
      page: { name: envelope.page.name ?? undefined, url: pageUrl },
      incidents,
      maintenances,
    },
    problems,
  };
}
