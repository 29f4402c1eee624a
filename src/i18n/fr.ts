import type { UiStrings } from './strings.js';

export const fr: UiStrings = {
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
  updated: (relative) => `Mis à jour ${relative}`,
  resolved: 'Ce problème est résolu.',
  startsAt: (relative, absolute) => `Début ${relative} (${absolute}).`,
  endsAt: (relative, absolute) => `Fin ${relative} (${absolute}).`,
  details: 'Détails',
  postmortem: 'Ce que nous en avons appris',
  dismiss: 'Masquer',
  more: (count) => `+${count} autre${count > 1 ? 's' : ''}`,
};
