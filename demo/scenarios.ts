/**
 * Sample feeds for the demo and the browser tests: each scenario is a native v1 feed built
 * relative to "now", so ETAs and "updated … ago" always read naturally.
 */
import type { Feed } from '../src/feed/schema.js';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const PAGE = { name: 'Acme', url: 'https://status.acme.example' };

function incident(now: number, overrides: Partial<NonNullable<Feed['incidents']>[number]> = {}): NonNullable<Feed['incidents']>[number] {
  return {
    id: 'api-errors',
    title: { en: 'API errors', fr: 'Erreurs de l’API' },
    impact: 'major',
    status: 'investigating',
    started_at: iso(now - 20 * MINUTE),
    updated_at: iso(now - 5 * MINUTE),
    components: ['api'],
    url: 'https://status.acme.example/incidents/42',
    updates: [
      {
        at: iso(now - 5 * MINUTE),
        status: 'investigating',
        message: { en: 'We are investigating errors on the API.', fr: 'Nous analysons des erreurs sur l’API.' },
      },
    ],
    ...overrides,
  };
}

function feed(now: number, rest: Partial<Feed> = {}): Feed {
  return { version: 1, updated_at: iso(now), page: PAGE, incidents: [], maintenances: [], ...rest };
}

export const SCENARIOS = {
  'all-clear': (now: number) => feed(now),
  investigating: (now: number) => feed(now, { incidents: [incident(now)] }),
  'identified-eta': (now: number) =>
    feed(now, {
      incidents: [
        incident(now, {
          status: 'identified',
          expected_resolution_at: iso(now + 40 * MINUTE),
          next_update_at: iso(now + 20 * MINUTE),
          updates: [
            {
              at: iso(now - 2 * MINUTE),
              status: 'identified',
              message: { en: 'A faulty deploy is being rolled back.', fr: 'Un déploiement défectueux est en cours d’annulation.' },
            },
            {
              at: iso(now - 20 * MINUTE),
              status: 'investigating',
              message: { en: 'We are investigating errors on the API.', fr: 'Nous analysons des erreurs sur l’API.' },
            },
          ],
        }),
      ],
    }),
  'eta-overdue': (now: number) =>
    feed(now, {
      incidents: [
        incident(now, {
          status: 'identified',
          expected_resolution_at: iso(now - 10 * MINUTE),
          next_update_at: iso(now + 15 * MINUTE),
          updates: [
            {
              at: iso(now - 30 * MINUTE),
              status: 'identified',
              message: {
                en: 'The database failover is slower than planned.',
                fr: 'La bascule de la base de données est plus lente que prévu.',
              },
            },
          ],
        }),
      ],
    }),
  monitoring: (now: number) =>
    feed(now, {
      incidents: [
        incident(now, {
          impact: 'minor',
          status: 'monitoring',
          updates: [
            {
              at: iso(now - 3 * MINUTE),
              status: 'monitoring',
              message: {
                en: 'A fix is deployed; we are watching error rates.',
                fr: 'Un correctif est déployé\u00a0; nous surveillons le taux d’erreurs.',
              },
            },
          ],
        }),
      ],
    }),
  'resolved-postmortem': (now: number) =>
    feed(now, {
      incidents: [
        incident(now, {
          status: 'resolved',
          resolved_at: iso(now - 10 * MINUTE),
          updated_at: iso(now - 10 * MINUTE),
          postmortem_url: 'https://status.acme.example/incidents/42/postmortem',
          updates: [
            {
              at: iso(now - 10 * MINUTE),
              status: 'resolved',
              message: { en: 'The API is working normally again.', fr: 'L’API fonctionne de nouveau normalement.' },
            },
          ],
        }),
      ],
    }),
  'maintenance-upcoming': (now: number) =>
    feed(now, {
      maintenances: [
        {
          id: 'db-upgrade',
          title: { en: 'Database upgrade', fr: 'Mise à niveau de la base de données' },
          message: { en: 'Read-only for 20 minutes.', fr: 'Lecture seule pendant 20 minutes.' },
          starts_at: iso(now + 3 * 60 * MINUTE),
          ends_at: iso(now + 3 * 60 * MINUTE + 20 * MINUTE),
          components: ['api'],
        },
      ],
    }),
  'maintenance-in-progress': (now: number) =>
    feed(now, {
      maintenances: [
        {
          id: 'db-upgrade',
          title: { en: 'Database upgrade', fr: 'Mise à niveau de la base de données' },
          message: { en: 'Read-only until it is done.', fr: 'Lecture seule jusqu’à la fin.' },
          starts_at: iso(now - 5 * MINUTE),
          ends_at: iso(now + 15 * MINUTE),
          components: ['api'],
        },
      ],
    }),
  'three-incidents': (now: number) =>
    feed(now, {
      incidents: [
        incident(now, {
          id: 'search-slow',
          title: { en: 'Search is slow', fr: 'Recherche lente' },
          impact: 'minor',
          components: ['search'],
        }),
        incident(now, {
          id: 'login-down',
          title: { en: 'Sign-in unavailable', fr: 'Connexion impossible' },
          impact: 'critical',
          status: 'identified',
          components: ['auth'],
          expected_resolution_at: iso(now + 25 * MINUTE),
          updates: [
            {
              at: iso(now - MINUTE),
              status: 'identified',
              message: {
                en: 'Sign-in fails for all users. A fix is being deployed.',
                fr: 'La connexion échoue pour tous. Un correctif est en cours de déploiement.',
              },
            },
          ],
        }),
        incident(now, {
          id: 'webhooks-delayed',
          title: { en: 'Webhooks delayed', fr: 'Webhooks retardés' },
          impact: 'major',
          components: ['webhooks'],
        }),
      ],
    }),
} satisfies Record<string, (now: number) => Feed>;

export type ScenarioName = keyof typeof SCENARIOS | 'broken';
export const SCENARIO_NAMES = [...Object.keys(SCENARIOS), 'broken'] as ScenarioName[];
