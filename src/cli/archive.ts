import path from 'node:path';
import type { Feed, FeedIncident, FeedMaintenance } from '../feed/schema.js';
import { DEFAULT_RECENT_DAYS } from '../present/attributes.js';
import { InputError } from './errors.js';

export const DEFAULT_KEEP_DAYS = 30;
/** Never fewer days than the fallback page lists resolved incidents for. */
export const MIN_KEEP_DAYS = DEFAULT_RECENT_DAYS;

const DAY_MS = 86_400_000;

/** The items a write moves out of the feed. */
export interface ArchivedItems {
  incidents: FeedIncident[];
  maintenances: FeedMaintenance[];
}

/** `--keep-days N`: whole days, at least MIN_KEEP_DAYS. */
export function parseKeepDays(text: string): number {
  const days = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(days)) {
    throw new InputError(`--keep-days "${text}": expected a whole number of days, like ${DEFAULT_KEEP_DAYS}`);
  }
  if (days < MIN_KEEP_DAYS) {
    throw new InputError(`--keep-days: ${days} is under ${MIN_KEEP_DAYS}, the days the fallback page lists resolved incidents for`);
  }
  return days;
}

/** `status.json` → `status.archive.json`, beside it. */
export function archivePathFor(feedFile: string): string {
  const { dir, name, ext } = path.parse(feedFile);
  return path.join(dir, ext === '.json' ? `${name}.archive.json` : `${name}${ext}.archive.json`);
}

/**
 * When an item stopped mattering to users, epoch ms; undefined while it is open. A resolved
 * incident ended at `resolved_at`, else at its last sign of life, the same fallback chain the
 * banner uses to time its resolved notice.
 */
export function incidentEnd(incident: FeedIncident): number | undefined {
  if (incident.status !== 'resolved') return undefined;
  const stated = incident.resolved_at ?? incident.updated_at;
  if (stated) return Date.parse(stated);
  const updates = (incident.updates ?? []).map(({ at }) => Date.parse(at));
  if (updates.length) return Math.max(...updates);
  return timeOf(incident.started_at);
}

/** A maintenance without an end never ends, as far as the CLI can tell: it stays. */
export function maintenanceEnd(maintenance: FeedMaintenance): number | undefined {
  return timeOf(maintenance.ends_at);
}

/**
 * Splits a feed into what stays and what ended more than `keepDays` days before `now` (an item
 * ended exactly at the limit stays). The feed's own fields and order are kept; the archived
 * items come out newest first.
 */
export function splitByAge(feed: Feed, now: number, keepDays: number): { remaining: Feed; archived: ArchivedItems } {
  const limit = now - keepDays * DAY_MS;
  const isOld = (end: number | undefined) => end !== undefined && end < limit;
  const incidents = feed.incidents ?? [];
  const maintenances = feed.maintenances ?? [];
  const remaining = { ...feed };
  if (feed.incidents) remaining.incidents = incidents.filter((incident) => !isOld(incidentEnd(incident)));
  if (feed.maintenances) remaining.maintenances = maintenances.filter((maintenance) => !isOld(maintenanceEnd(maintenance)));
  return {
    remaining,
    archived: {
      incidents: newestFirst(
        incidents.filter((incident) => isOld(incidentEnd(incident))),
        incidentEnd,
      ),
      maintenances: newestFirst(
        maintenances.filter((maintenance) => isOld(maintenanceEnd(maintenance))),
        maintenanceEnd,
      ),
    },
  };
}

export function countArchived({ incidents, maintenances }: ArchivedItems): number {
  return incidents.length + maintenances.length;
}

/**
 * The archive after a move: the new items first (newest first), then the earlier ones. An item
 * already there (a crash between the archive write and the feed write leaves it in both) is
 * replaced, never duplicated. The archive is itself a version 1 feed, so `validate` reads it.
 */
export function addToArchive(archive: Feed | undefined, archived: ArchivedItems, updatedAt: string): Feed {
  const incidentIds = new Set(archived.incidents.map(({ id }) => id));
  const maintenanceIds = new Set(archived.maintenances.map(({ id }) => id));
  return {
    ...archive,
    version: 1,
    updated_at: updatedAt,
    incidents: [...archived.incidents, ...(archive?.incidents ?? []).filter(({ id }) => !incidentIds.has(id))],
    maintenances: [...archived.maintenances, ...(archive?.maintenances ?? []).filter(({ id }) => !maintenanceIds.has(id))],
  };
}

/** `3 incidents and 1 maintenance`. */
export function describeArchived({ incidents, maintenances }: ArchivedItems): string {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return [incidents.length && plural(incidents.length, 'incident'), maintenances.length && plural(maintenances.length, 'maintenance')]
    .filter(Boolean)
    .join(' and ');
}

/** Sorts old items, which all have an end, newest first. */
function newestFirst<Item>(items: Item[], end: (item: Item) => number | undefined): Item[] {
  return items.sort((a, b) => (end(b) ?? -Infinity) - (end(a) ?? -Infinity));
}

function timeOf(text: string | null | undefined): number | undefined {
  return text ? Date.parse(text) : undefined;
}
