import type { BannerStrings, FrontStrings, NoticeStrings, PageStrings, SampleStrings } from './strings.js';

export const banner: BannerStrings = {
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
  updated: (relative) => `Updated ${relative}.`,
  resolved: 'This issue is resolved.',
  notice: 'Current status',
  startsAt: (relative, absolute) => `Starts ${relative} (${absolute}).`,
  window: (relative, absolute, end) => `Starts ${relative} (${absolute}), ends ${end}.`,
  endsAt: (relative, absolute) => `Ends ${relative} (${absolute}).`,
  started: (relative, absolute) => `Started ${relative} (${absolute})`,
  details: 'Details',
  postmortem: 'What we learned',
  dismiss: 'Dismiss',
};

export const front: FrontStrings = {
  short: {
    eta: (absolute) => `fix expected ${absolute}`,
    overdue: 'taking longer than expected',
    nextUpdate: (absolute) => `next update ${absolute}`,
    startsAt: (absolute) => `starts ${absolute}`,
    endsAt: (absolute) => `until ${absolute}`,
  },
  position: (index, count) => `${index} of ${count}`,
  previous: 'Previous',
  next: 'Next',
};

export const page: PageStrings = {
  heading: (name) => (name ? `${name} status` : 'Service status'),
  loading: 'Loading the current status…',
  allClear: 'All systems are operating normally.',
  incidentsOpen: (count) => (count === 1 ? '1 incident in progress.' : `${count} incidents in progress.`),
  maintenanceOpen: 'Maintenance in progress.',
  unavailable: 'Status unavailable: the status feed cannot be read right now.',
  lastKnown: 'Below is the last known state, read',
  retry: (relative) => `Next attempt ${relative}.`,
  retrySoon: 'Trying again in a moment.',
  current: 'Current incidents',
  noCurrent: 'No incident in progress.',
  maintenance: 'Maintenance',
  noMaintenance: 'No maintenance scheduled.',
  recent: (count) => `Resolved in the last ${count === 1 ? 'day' : `${count} days`}`,
  noRecent: (count) => `No incident in the last ${count === 1 ? 'day' : `${count} days`}.`,
  updates: 'Updates, newest first',
  impact: { none: 'No impact', minor: 'Minor impact', major: 'Major impact', critical: 'Critical impact' },
  started: 'Started',
  resolvedAt: 'Resolved',
  starts: 'Starts',
  ends: 'Ends',
  feedUpdated: 'Feed updated',
  feedLink: 'Status feed (JSON)',
};

export const notices: NoticeStrings = {
  servicesDisrupted: 'Some services are disrupted',
  maintenanceUnderWay: 'Maintenance in progress',
};

export const samples: SampleStrings = {
  incidentTitle: 'Preview: errors on the service',
  messages: {
    investigating: 'We are investigating reports of errors.',
    identified: 'The cause is identified and a fix is being deployed.',
    monitoring: 'A fix is in place; we are watching the results.',
    resolved: 'Everything is working normally again.',
  },
  maintenanceTitle: 'Preview: scheduled maintenance',
  maintenanceMessage: 'Some features will be read-only for about 20 minutes.',
};
