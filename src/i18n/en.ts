import type { UiStrings } from './strings.js';

export const en: UiStrings = {
  states: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
    scheduled: 'Scheduled maintenance',
    in_progress: 'Maintenance in progress',
  },
  eta: (relative, absolute) => `Expected to be fixed ${relative} (${absolute}).`,
  overdue: 'This is taking longer than expected.',
  nextUpdate: (relative, absolute) => `Next update ${relative} (${absolute}).`,
  updated: (relative) => `Updated ${relative}`,
  resolved: 'This issue is resolved.',
  startsAt: (relative, absolute) => `Starts ${relative} (${absolute}).`,
  endsAt: (relative, absolute) => `Ends ${relative} (${absolute}).`,
  details: 'Details',
  postmortem: 'What we learned',
  dismiss: 'Dismiss',
  more: (count) => `+${count} more`,
};
