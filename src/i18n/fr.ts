import type { BannerStrings, FrontStrings, NoticeStrings, PageStrings, SampleStrings } from './strings.js';

export const banner: BannerStrings = {
  states: {
    investigating: 'Analyse en cours',
    identified: 'Cause identifiée',
    monitoring: 'Sous surveillance',
    resolved: 'Résolu',
    scheduled: 'Maintenance prévue',
    in_progress: 'Maintenance en cours',
  },
  eta: (relative, absolute) => `Résolution prévue ${relative} (${absolute}).`,
  overdue: 'La résolution prend plus de temps que prévu.',
  nextUpdate: (relative, absolute) => `Prochaine mise à jour ${relative} (${absolute}).`,
  updated: (relative) => `Mis à jour ${relative}.`,
  resolved: 'Ce problème est résolu.',
  notice: 'État actuel',
  startsAt: (relative, absolute) => `Début ${relative} (${absolute}).`,
  window: (relative, absolute, end) => `Début ${relative} (${absolute}), fin ${end}.`,
  endsAt: (relative, absolute) => `Fin ${relative} (${absolute}).`,
  started: (relative, absolute) => `Début ${relative} (${absolute})`,
  details: 'Détails',
  postmortem: 'Ce que nous en avons appris',
  dismiss: 'Masquer',
};

export const front: FrontStrings = {
  short: {
    eta: (absolute) => `résolution prévue\u00a0: ${absolute}`,
    overdue: 'plus long que prévu',
    nextUpdate: (absolute) => `prochaine mise à jour\u00a0: ${absolute}`,
    startsAt: (absolute) => `début\u00a0: ${absolute}`,
    endsAt: (absolute) => `jusqu’à ${absolute}`,
  },
  position: (index, count) => `${index} sur ${count}`,
  previous: 'Précédent',
  next: 'Suivant',
};

export const page: PageStrings = {
  heading: (name) => (name ? `État des services ${name}` : 'État des services'),
  loading: 'Chargement de l’état actuel…',
  allClear: 'Tous les services fonctionnent normalement.',
  incidentsOpen: (count) => (count === 1 ? '1 incident en cours.' : `${count} incidents en cours.`),
  maintenanceOpen: 'Maintenance en cours.',
  unavailable: 'État indisponible : le flux d’état ne peut pas être lu pour le moment.',
  lastKnown: 'Voici le dernier état connu, lu',
  retry: (relative) => `Nouvelle tentative ${relative}.`,
  retrySoon: 'Nouvelle tentative dans un instant.',
  current: 'Incidents en cours',
  noCurrent: 'Aucun incident en cours.',
  maintenance: 'Maintenances',
  noMaintenance: 'Aucune maintenance prévue.',
  recent: (count) => `Résolus ${count === 1 ? 'ces dernières 24 heures' : `ces ${count} derniers jours`}`,
  noRecent: (count) => `Aucun incident ${count === 1 ? 'ces dernières 24 heures' : `ces ${count} derniers jours`}.`,
  updates: 'Mises à jour, de la plus récente à la plus ancienne',
  impact: { none: 'Sans impact', minor: 'Impact mineur', major: 'Impact majeur', critical: 'Impact critique' },
  started: 'Début',
  resolvedAt: 'Résolu',
  starts: 'Début',
  ends: 'Fin',
  feedUpdated: 'Flux mis à jour',
  feedLink: 'Flux d’état (JSON)',
};

export const notices: NoticeStrings = {
  servicesDisrupted: 'Certains services sont perturbés',
  maintenanceUnderWay: 'Maintenance en cours',
};

export const samples: SampleStrings = {
  incidentTitle: 'Aperçu : erreurs sur le service',
  messages: {
    investigating: 'Nous analysons des signalements d’erreurs.',
    identified: 'La cause est identifiée et un correctif est en cours de déploiement.',
    monitoring: 'Un correctif est en place ; nous surveillons les résultats.',
    resolved: 'Tout fonctionne de nouveau normalement.',
  },
  maintenanceTitle: 'Aperçu : maintenance planifiée',
  maintenanceMessage: 'Certaines fonctions seront en lecture seule pendant environ 20 minutes.',
};
