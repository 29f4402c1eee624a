import type { Incident, StatusModel } from '../feed/model.js';
import { inEveryLocale, SAMPLES } from '../i18n/catalog.js';
import type { PreviewState } from './attributes.js';

const MINUTE = 60_000;

/** A built-in sample for drills and design work: nothing is fetched, times are relative to `now`. */
export function previewModel(state: PreviewState, now: number): StatusModel {
  if (state === 'maintenance') {
    return {
      incidents: [],
      maintenances: [
        {
          id: 'preview-maintenance',
          title: inEveryLocale(SAMPLES, (samples) => samples.maintenanceTitle),
          message: inEveryLocale(SAMPLES, (samples) => samples.maintenanceMessage),
          startsAt: now + 3 * 60 * MINUTE,
          endsAt: now + 3 * 60 * MINUTE + 20 * MINUTE,
          components: [],
        },
      ],
    };
  }
  const resolved = state === 'resolved';
  const incident: Incident = {
    id: `preview-${state}`,
    title: inEveryLocale(SAMPLES, (samples) => samples.incidentTitle),
    impact: 'major',
    status: state,
    startedAt: now - 35 * MINUTE,
    updatedAt: now - 5 * MINUTE,
    resolvedAt: resolved ? now - 5 * MINUTE : undefined,
    expectedResolutionAt: resolved ? undefined : now + 40 * MINUTE,
    nextUpdateAt: resolved ? undefined : now + 25 * MINUTE,
    components: [],
    updates: [{ at: now - 5 * MINUTE, status: state, message: inEveryLocale(SAMPLES, (samples) => samples.messages[state]) }],
  };
  return { incidents: [incident], maintenances: [] };
}
