import {
  IMPACT_RANK,
  representable,
  type Impact,
  type Incident,
  type IncidentStatus,
  type Maintenance,
  type MaintenanceStatus,
  type StatusModel,
} from '../feed/model.js';
import { OPEN_WINDOW_LIMIT } from '../feed/limits.js';

export type ShownImpact = Impact | 'maintenance';
export type ShownState = IncidentStatus | 'scheduled' | 'in_progress';

/**
 * One thing the banner can show. `key` is stable across polls for the same item. An incident's
 * `state` is undefined for a page-wide notice, whose page states no incident status.
 */
export type ShownItem =
  | { key: string; kind: 'incident'; impact: Impact; state?: IncidentStatus; incident: Incident }
  | { key: string; kind: 'maintenance'; impact: 'maintenance'; state: 'scheduled' | 'in_progress'; maintenance: Maintenance };

export interface SelectOptions {
  /** The feed's "now" (local clock corrected for skew), epoch ms. */
  now: number;
  /** Seconds a resolved notice stays after `resolved_at`. */
  resolvedFor: number;
  /** Hours before a scheduled maintenance to announce it. */
  maintenanceNotice: number;
  /** Component ids or names to show; empty shows all. */
  components: readonly string[];
  isDismissed?: (item: ShownItem) => boolean;
}

const HOUR = 3_600_000;

/** Display order: what users most need to know first. */
const GROUP_RANK = { active: 0, maintenance: 1, resolved: 2, upcoming: 3 } as const;

function concerns(itemComponents: readonly string[], wanted: ReadonlySet<string>): boolean {
  // An item naming no component affects everything, so a filter never hides it.
  return wanted.size === 0 || itemComponents.length === 0 || itemComponents.some((name) => wanted.has(name.toLowerCase()));
}

/**
 * The clock beats the words: a window past its end is over whatever its status word, and between
 * its start and its end it is in progress. The words count only where the clock cannot tell:
 * `completed` (done early), `in_progress` before the planned start (started early) or with no end.
 * A window with no end and no such word is over a day after its start: a `scheduled` that never
 * moved on is a stale announcement, not a window open for 84 days. With no start and no word, no
 * one can say when it is: not shown (`completed`).
 */
export function maintenanceState(maintenance: Maintenance, now: number): MaintenanceStatus {
  const startsAt = representable(maintenance.startsAt);
  const endsAt = representable(maintenance.endsAt);
  if (maintenance.status === 'completed' || (endsAt !== undefined && now >= endsAt)) return 'completed';
  if (maintenance.status === 'in_progress') return 'in_progress';
  if (startsAt === undefined) return 'completed';
  if (now < startsAt) return 'scheduled';
  return endsAt !== undefined || now - startsAt < OPEN_WINDOW_LIMIT ? 'in_progress' : 'completed';
}

/** When an incident was resolved, as far as its source says: the resolution time, else its last update. */
export function resolutionTime(incident: Incident): number | undefined {
  return representable(incident.resolvedAt ?? incident.updatedAt);
}

/** Below every time: what an undated item ranks as. */
const UNDATED = -Number.MAX_VALUE;

/**
 * A time to order by. One after now (a clock behind, a mistyped date) gives no precedence: it ranks
 * as undated, so a future-dated item never jumps ahead of one that really is recent.
 */
function rankTime(at: number | undefined, now: number): number {
  const time = representable(at);
  return time !== undefined && time <= now ? time : UNDATED;
}

interface Ranked {
  item: ShownItem;
  group: number;
  severity: number;
  time: number;
}

function rankIncident(incident: Incident, options: SelectOptions): Ranked | undefined {
  const item: ShownItem = { key: `incident:${incident.id}`, kind: 'incident', impact: incident.impact, state: incident.status, incident };
  if (incident.status !== 'resolved') {
    const time = rankTime(incident.updatedAt ?? incident.startedAt, options.now);
    return { item, group: GROUP_RANK.active, severity: IMPACT_RANK[incident.impact], time };
  }
  // A resolution its source does not date could be years old: nothing true to announce.
  const resolvedAt = resolutionTime(incident);
  if (resolvedAt === undefined || options.now >= resolvedAt + options.resolvedFor * 1000) return undefined;
  return { item, group: GROUP_RANK.resolved, severity: 0, time: rankTime(resolvedAt, options.now) };
}

function rankMaintenance(maintenance: Maintenance, options: SelectOptions): Ranked | undefined {
  const state = maintenanceState(maintenance, options.now);
  if (state === 'completed') return undefined;
  const item: ShownItem = { key: `maintenance:${maintenance.id}`, kind: 'maintenance', impact: 'maintenance', state, maintenance };
  if (state === 'in_progress')
    return { item, group: GROUP_RANK.maintenance, severity: 0, time: rankTime(maintenance.startsAt, options.now) };
  // Scheduled: its start is known and ahead. Soonest first.
  const startsIn = (maintenance.startsAt ?? 0) - options.now;
  if (startsIn > options.maintenanceNotice * HOUR) return undefined;
  return { item, group: GROUP_RANK.upcoming, severity: 0, time: -startsIn };
}

/**
 * Everything worth showing now, most important first: unresolved incidents (most severe,
 * then most recently updated), maintenance in progress, recently resolved incidents,
 * then maintenance starting soon. The first item is the banner; the rest are "+N more".
 */
export function selectItems(model: StatusModel, options: SelectOptions): ShownItem[] {
  const wanted = new Set(options.components.map((name) => name.trim().toLowerCase()).filter(Boolean));
  const ranked = [
    ...model.incidents.filter((incident) => concerns(incident.components, wanted)).map((incident) => rankIncident(incident, options)),
    ...model.maintenances
      .filter((maintenance) => concerns(maintenance.components, wanted))
      .map((maintenance) => rankMaintenance(maintenance, options)),
  ].filter((entry): entry is Ranked => entry !== undefined && !options.isDismissed?.(entry.item));
  ranked.sort((a, b) => a.group - b.group || b.severity - a.severity || b.time - a.time);
  return ranked.map((entry) => entry.item);
}
