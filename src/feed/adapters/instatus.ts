/**
 * Instatus, `https://<page>/summary.json`: the page's overall status and its
 * active incidents and maintenances, with names and states but no update text.
 * Its items' `updatedAt` is not read: with no update text, nothing tells an
 * update from the system touching the record (incidents open since 2023 read
 * "updated 2 minutes ago"), so an incident shows its start instead.
 */
import * as z from 'zod/mini';
import {
  epoch,
  httpUrl,
  type FeedProblem,
  type Incident,
  type IncidentStatus,
  type Maintenance,
  type MaintenanceStatus,
  type ParseResult,
  representable,
} from '../model.js';
import {
  hasMaintenanceUnderWay,
  hasOpenIncident,
  itemList,
  itemName,
  lookup,
  optionalText,
  outageImpact,
  pageIncident,
  pageMaintenance,
  parseItems,
  readEnvelope,
} from './common.js';

const MAINTENANCE_STATUSES: Readonly<Record<string, MaintenanceStatus>> = {
  NOTSTARTEDYET: 'scheduled',
  INPROGRESS: 'in_progress',
  COMPLETED: 'completed',
};

/** Instatus items may lack an id; the link to the item's page is the next most stable key. */
const itemFields = { id: optionalText, name: itemName, url: optionalText };

const incidentSchema = z.object({
  ...itemFields,
  status: z.literal(['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED']),
  impact: optionalText,
  started: optionalText,
});

const maintenanceSchema = z.object({
  ...itemFields,
  status: z.literal(Object.keys(MAINTENANCE_STATUSES)),
  start: optionalText,
  /** Minutes, as a number or a numeric string. */
  duration: z.nullish(z.union([z.number(), z.string()])),
});

const envelopeSchema = z.object({
  page: z.nullish(z.object({ name: optionalText, url: optionalText, status: optionalText })),
  activeIncidents: itemList,
  activeMaintenances: itemList,
});

/** What this reader accepts, in words, for errors. */
export const INSTATUS_DOCUMENT = 'an Instatus summary.json';

/**
 * Instatus sends times as JavaScript's `Date#toString()`, e.g. `Sat Jun 11 2022 18:55:50 GMT+0000
 * (Coordinated Universal Time)`; not every engine parses the zone name in brackets, so it goes.
 */
function instatusTime(value: string | null | undefined): number | undefined {
  // Stryker disable next-line all: Node's V8, where mutants run, skips bracketed text itself, so no test there can tell.
  const bracket = value?.indexOf(' (') ?? -1;
  // Stryker disable next-line all: as above (the times without brackets this line passes through are held by the tests).
  return epoch(bracket < 0 ? value : value?.slice(0, bracket));
}

function itemId(raw: { id?: string | null; url?: string | null; name: string }, start: string | null | undefined): string {
  return raw.id || raw.url || `${raw.name} ${start ?? ''}`.trim();
}

/** Reads an Instatus summary.json. Throws FeedError('schema') when the document is not one. */
export function parseInstatus(doc: unknown): ParseResult {
  const envelope = readEnvelope(doc, envelopeSchema, INSTATUS_DOCUMENT);
  const pageUrl = httpUrl(envelope.page?.url);
  const problems: FeedProblem[] = [];

  const toIncident = (raw: z.infer<typeof incidentSchema>): Incident => {
    // No update and no resolution time: a resolved incident it cannot date is not announced (present/select.ts).
    return {
      id: itemId(raw, raw.started),
      title: raw.name,
      impact: outageImpact(raw.impact),
      status: raw.status.toLowerCase() as IncidentStatus,
      startedAt: instatusTime(raw.started),
      components: [],
      url: httpUrl(raw.url) ?? pageUrl,
      updates: [],
    };
  };
  const toMaintenance = (raw: z.infer<typeof maintenanceSchema>): Maintenance => {
    const startsAt = instatusTime(raw.start);
    // No end without a positive duration (null reads as 0); a missing start or a duration that is no number makes NaN, no time.
    const minutes = Number(raw.duration);
    return {
      id: itemId(raw, raw.start),
      title: raw.name,
      startsAt,
      endsAt: minutes > 0 ? representable((startsAt ?? NaN) + minutes * 60_000) : undefined,
      status: lookup(MAINTENANCE_STATUSES, raw.status),
      components: [],
      url: httpUrl(raw.url) ?? pageUrl,
    };
  };

  const incidents = parseItems(envelope.activeIncidents, incidentSchema, toIncident, 'activeIncidents', problems);
  const maintenances = parseItems(envelope.activeMaintenances, maintenanceSchema, toMaintenance, 'activeMaintenances', problems);
  // The page-wide word can report trouble no listed item explains; it carries no severity,
  // so it reads as `major`, as an unknown impact does.
  const signal = { url: pageUrl };
  const pageStatus = envelope.page?.status;
  if (pageStatus === 'HASISSUES' && !hasOpenIncident(incidents)) incidents.push(pageIncident(outageImpact(undefined), signal));
  if (pageStatus === 'UNDERMAINTENANCE' && !hasMaintenanceUnderWay(maintenances)) maintenances.push(pageMaintenance(signal));

  return { model: { page: { name: envelope.page?.name ?? undefined, url: pageUrl }, incidents, maintenances }, problems };
}
