import { IMPACT_RANK, type Impact, type Incident, type IncidentStatus, type Maintenance, type StatusModel } from '../feed/model.js';

export type ShownImpact = Impact | 'maintenance';
export type ShownState = IncidentStatus | 'scheduled' | 'in_progress';

/** One thing the banner can show. `key` is stable across polls for the same item. */
export type ShownItem =
  | { key: string; kind: 'incident'; impact: Impact; state: IncidentStatus; incident: Incident }
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

function maintenanceState(maintenance: Maintenance, now: number): 'scheduled' | 'in_progress' | 'completed' {
  if (maintenance.status) return maintenance.status;
  if (maintenance.endsAt !== undefined && now >= maintenance.endsAt) return 'completed';
  return now >= maintenance.startsAt ? 'in_progress' : 'scheduled';
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
    return { item, group: GROUP_RANK.active, severity: IMPACT_RANK[incident.impact], time: incident.updatedAt };
  }
  const resolvedAt = incident.resolvedAt ?? incident.updatedAt;
  if (options.now >= resolvedAt + options.resolvedFor * 1000) return undefined;
  return { item, group: GROUP_RANK.resolved, severity: 0, time: resolvedAt };
}

function rankMaintenance(maintenance: Maintenance, options: SelectOptions): Ranked | undefined {
  const state = maintenanceState(maintenance, options.now);
  if (state === 'completed') return undefined;
  if (state === 'scheduled' && maintenance.startsAt - options.now > options.maintenanceNotice * HOUR) return undefined;
  const item: ShownItem = { key: `maintenance:${maintenance.id}`, kind: 'maintenance', impact: 'maintenance', state, maintenance };
  return state === 'in_progress'
    ? { item, group: GROUP_RANK.maintenance, severity: 0, time: maintenance.startsAt }
    : { item, group: GROUP_RANK.upcoming, severity: 0, time: -maintenance.startsAt };
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
