/**
 * incident.io's status page widget API, `https://<page>/api/v1/summary`:
 * `ongoing_incidents`, `in_progress_maintenances` and `scheduled_maintenances`,
 * each item with its latest update only.
 */
import * as z from 'zod/mini';
import {
  epoch,
  httpUrl,
  INCIDENT_STATUSES,
  type FeedProblem,
  type Incident,
  type Maintenance,
  type MaintenanceStatus,
  type ParseResult,
} from '../model.js';
import { componentKeys, componentRefs, itemList, itemName, optionalText, outageImpact, parseItems, readEnvelope } from './common.js';
import { plainText } from './markup.js';

const eventFields = {
  id: z.string(),
  name: itemName,
  url: optionalText,
  last_update_at: optionalText,
  last_update_message: optionalText,
  affected_components: componentRefs,
};

const incidentSchema = z.object({
  ...eventFields,
  status: z.literal(INCIDENT_STATUSES),
  current_worst_impact: optionalText,
});

/** In-progress windows say `started_at`/`scheduled_end_at`, scheduled ones `starts_at`/`ends_at`; either is read. */
const maintenanceSchema = z.object({
  ...eventFields,
  started_at: optionalText,
  starts_at: optionalText,
  scheduled_end_at: optionalText,
  ends_at: optionalText,
});

const envelopeSchema = z.object({
  page_title: optionalText,
  page_url: optionalText,
  ongoing_incidents: itemList,
  in_progress_maintenances: itemList,
  scheduled_maintenances: itemList,
});

/** What this reader accepts, in words, for errors. */
export const INCIDENTIO_DOCUMENT = 'an incident.io widget API summary (/api/v1/summary)';

/** Reads an incident.io widget API summary. Throws FeedError('schema') when the document is not one. */
export function parseIncidentio(doc: unknown): ParseResult {
  const envelope = readEnvelope(doc, envelopeSchema, INCIDENTIO_DOCUMENT);
  const pageUrl = httpUrl(envelope.page_url);
  const problems: FeedProblem[] = [];

  const toIncident = (raw: z.infer<typeof incidentSchema>): Incident => {
    const at = epoch(raw.last_update_at);
    const message = plainText(raw.last_update_message);
    return {
      id: raw.id,
      title: raw.name,
      impact: outageImpact(raw.current_worst_impact),
      status: raw.status,
      updatedAt: at,
      resolvedAt: raw.status === 'resolved' ? at : undefined,
      components: componentKeys(raw.affected_components),
      url: httpUrl(raw.url) ?? pageUrl,
      updates: message && at !== undefined ? [{ at, status: raw.status, message }] : [],
    };
  };
  const toMaintenance =
    (status: MaintenanceStatus) =>
    (raw: z.infer<typeof maintenanceSchema>): Maintenance => ({
      id: raw.id,
      title: raw.name,
      message: plainText(raw.last_update_message) || undefined,
      messageAt: raw.last_update_message ? epoch(raw.last_update_at) : undefined,
      startsAt: epoch(raw.started_at) ?? epoch(raw.starts_at),
      endsAt: epoch(raw.scheduled_end_at) ?? epoch(raw.ends_at),
      status,
      components: componentKeys(raw.affected_components),
      url: httpUrl(raw.url) ?? pageUrl,
    });

  return {
    model: {
      page: { name: envelope.page_title ?? undefined, url: pageUrl },
      incidents: parseItems(envelope.ongoing_incidents, incidentSchema, toIncident, 'ongoing_incidents', problems),
      maintenances: [
        ...parseItems(
          envelope.in_progress_maintenances,
          maintenanceSchema,
          toMaintenance('in_progress'),
          'in_progress_maintenances',
          problems,
        ),
        ...parseItems(envelope.scheduled_maintenances, maintenanceSchema, toMaintenance('scheduled'), 'scheduled_maintenances', problems),
      ],
    },
    problems,
  };
}
