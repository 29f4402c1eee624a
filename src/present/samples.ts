import type { Incident, IncidentStatus, StatusModel } from '../feed/model.js';

export const PREVIEW_STATES = ['investigating', 'identified', 'monitoring', 'resolved', 'maintenance'] as const;
export type PreviewState = (typeof PREVIEW_STATES)[number];

export function isPreviewState(value: unknown): value is PreviewState {
  return (PREVIEW_STATES as readonly unknown[]).includes(value);
}

const MINUTE = 60_000;

const MESSAGES: Record<IncidentStatus, { en: string; fr: string }> = {
  investigating: { en: 'We are investigating reports of errors.', fr: 'Nous analysons des signalements d’erreurs.' },
  identified: {
    en: 'The cause is identified and a fix is being deployed.',
    fr: 'La cause est identifiée et un correctif est en cours de déploiement.',
  },
  monitoring: { en: 'A fix is in place; we are watching the results.', fr: 'Un correctif est en place ; nous surveillons les résultats.' },
  resolved: { en: 'Everything is working normally again.', fr: 'Tout fonctionne de nouveau normalement.' },
};

/** A built-in sample for drills and design work: nothing is fetched, times are relative to `now`. */
export function previewModel(state: PreviewState, now: number): StatusModel {
  if (state === 'maintenance') {
    return {
      incidents: [],
      maintenances: [
        {
          id: 'preview-maintenance',
          title: { en: 'Preview: scheduled maintenance', fr: 'Aperçu : maintenance planifiée' },
          message: {
            en: 'Some features will be read-only for about 20 minutes.',
            fr: 'Certaines fonctions seront en lecture seule pendant environ 20 minutes.',
          },
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
    title: { en: 'Preview: errors on the service', fr: 'Aperçu : erreurs sur le service' },
    impact: 'major',
    status: state,
    startedAt: now - 35 * MINUTE,
    updatedAt: now - 5 * MINUTE,
    resolvedAt: resolved ? now - 5 * MINUTE : undefined,
    expectedResolutionAt: resolved ? undefined : now + 40 * MINUTE,
    nextUpdateAt: resolved ? undefined : now + 25 * MINUTE,
    components: [],
    updates: [{ at: now - 5 * MINUTE, status: state, message: MESSAGES[state] }],
  };
  return { incidents: [incident], maintenances: [] };
}
