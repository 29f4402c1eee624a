import { FEED_FORMATS, type FeedFormat } from '../feed/parse.js';
import { httpUrl, IMPACTS, INCIDENT_STATUSES, type Impact, type IncidentStatus } from '../feed/model.js';
import type { Feed, FeedIncident, FeedText } from '../feed/schema.js';
import { InputError } from './errors.js';
import { operatorText } from './localized-text.js';

/** `resolved` is set by `resolve`, which also stamps `resolved_at`. */
export const OPEN_STATUSES = INCIDENT_STATUSES.filter((status) => status !== 'resolved');

export function parseImpact(text: string): Impact {
  const impact = IMPACTS.find((candidate) => candidate === text);
  if (!impact) throw new InputError(`--impact "${text}": expected one of ${IMPACTS.join(', ')}`);
  return impact;
}

export function parseOpenStatus(text: string): IncidentStatus {
  const status = OPEN_STATUSES.find((candidate) => candidate === text);
  if (status) return status;
  const hint = text === 'resolved' ? ' (use status-banner resolve ID)' : '';
  throw new InputError(`--status "${text}": expected one of ${OPEN_STATUSES.join(', ')}${hint}`);
}

/** Links end up in users' browsers: only absolute http(s) URLs are accepted (URL parsing drops surrounding spaces). */
export function parseHttpUrl(flag: string, text: string): string {
  const url = httpUrl(text);
  if (!url) throw new InputError(`--${flag} "${text}": expected an absolute http(s) URL`);
  return url;
}

/** `--format`: one of the formats the element reads. */
export function parseFormat(text: string): FeedFormat {
  const format = FEED_FORMATS.find((candidate) => candidate === text);
  if (!format) throw new InputError(`--format "${text}": expected one of ${FEED_FORMATS.join(', ')}`);
  return format;
}

/** A count of seconds or hours, as the element's numeric attributes take: 0 or more. */
export function parseCount(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new InputError(`--${flag} "${text}": expected a number, 0 or more`);
  return value;
}

/** `--port`: 0 (any free port) to 65535. */
export function parsePort(text: string): number {
  const port = Number(text);
  if (text.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InputError(`--port "${text}": expected a port number, 0 to 65535`);
  }
  return port;
}

/** `api, web` → `["api", "web"]`. */
export function parseComponents(text: string): string[] {
  const components = text
    .split(',')
    .map((component) => component.trim())
    .filter(Boolean);
  if (components.length === 0) throw new InputError(`--components "${text}": expected comma-separated component ids, like api,web`);
  return components;
}

/**
 * A readable, stable id from the date and the title, e.g. `2026-11-25-api-errors`, made unique
 * among the feed's incidents and maintenances with a `-2`, `-3`… suffix.
 */
export function newItemId(feed: Feed, now: number, title: FeedText, kind: 'incident' | 'maintenance'): string {
  const slug =
    operatorText(title)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-|-$/g, '') || kind;
  const base = `${new Date(now).toISOString().slice(0, 10)}-${slug}`;
  const taken = new Set([...(feed.incidents ?? []), ...(feed.maintenances ?? [])].map((item) => item.id));
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

export function findIncident(feed: Feed, id: string): FeedIncident {
  const incident = feed.incidents?.find((candidate) => candidate.id === id);
  if (incident) return incident;
  const known = (feed.incidents ?? []).map((candidate) => candidate.id);
  throw new InputError(`no incident "${id}" in the feed (${known.length ? `known: ${known.join(', ')}` : 'it has none'})`);
}
