import type { Incident, Maintenance, StatusModel } from '../../../src/feed/model.js';

export const NOW = Date.parse('2026-11-24T09:40:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'api',
    title: { en: 'API errors', fr: "Erreurs de l'API" },
    impact: 'major',
    status: 'identified',
    updatedAt: NOW - 10 * MINUTE,
    components: ['api'],
    updates: [{ at: NOW - 10 * MINUTE, status: 'identified', message: { en: 'Rolling back.', fr: 'Annulation en cours.' } }],
    ...overrides,
  };
}

export function aMaintenance(overrides: Partial<Maintenance> = {}): Maintenance {
  return {
    id: 'db',
    title: 'Database upgrade',
    message: 'Read-only.',
    startsAt: NOW + 2 * HOUR,
    endsAt: NOW + 2 * HOUR + 20 * MINUTE,
    components: [],
    ...overrides,
  };
}

export function aModel(overrides: Partial<StatusModel> = {}): StatusModel {
  return { incidents: [], maintenances: [], ...overrides };
}

export const DEFAULTS = { now: NOW, resolvedFor: 3600, maintenanceNotice: 24, components: [] as string[] };
