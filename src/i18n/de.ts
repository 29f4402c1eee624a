import type { BannerStrings, FrontStrings, NoticeStrings, PageStrings, SampleStrings } from './strings.js';

export const banner: BannerStrings = {
  states: {
    investigating: 'Wird untersucht',
    identified: 'Ursache gefunden',
    monitoring: 'Wird beobachtet',
    resolved: 'Behoben',
    scheduled: 'Geplante Wartung',
    in_progress: 'Wartung läuft',
  },
  eta: (relative, absolute) => `Behebung erwartet ${relative} (${absolute}).`,
  overdue: 'Die Behebung dauert länger als erwartet.',
  nextUpdate: (relative, absolute) => `Nächstes Update ${relative} (${absolute}).`,
  updated: (relative) => `Aktualisiert ${relative}.`,
  resolved: 'Dieses Problem ist behoben.',
  notice: 'Aktueller Status',
  startsAt: (relative, absolute) => `Beginnt ${relative} (${absolute}).`,
  window: (relative, absolute, end) => `Beginnt ${relative} (${absolute}), endet ${end}.`,
  endsAt: (relative, absolute) => `Endet ${relative} (${absolute}).`,
  started: (relative, absolute) => `Begonnen ${relative} (${absolute})`,
  details: 'Details',
  postmortem: 'Was wir daraus gelernt haben',
  dismiss: 'Ausblenden',
};

export const front: FrontStrings = {
  short: {
    eta: (absolute) => `Behebung erwartet: ${absolute}`,
    overdue: 'dauert länger als erwartet',
    nextUpdate: (absolute) => `nächstes Update: ${absolute}`,
    startsAt: (absolute) => `Beginn: ${absolute}`,
    endsAt: (absolute) => `bis ${absolute}`,
  },
  position: (index, count) => `${index} von ${count}`,
  previous: 'Vorherige',
  next: 'Nächste',
};

export const page: PageStrings = {
  heading: (name) => (name ? `Status von ${name}` : 'Dienststatus'),
  loading: 'Aktueller Status wird geladen…',
  allClear: 'Alle Systeme funktionieren normal.',
  incidentsOpen: (count) => (count === 1 ? '1 Störung aktiv.' : `${count} Störungen aktiv.`),
  maintenanceOpen: 'Wartung läuft.',
  unavailable: 'Status nicht verfügbar: Der Status-Feed kann gerade nicht gelesen werden.',
  lastKnown: 'Unten der zuletzt bekannte Stand, gelesen',
  retry: (relative) => `Nächster Versuch ${relative}.`,
  retrySoon: 'Neuer Versuch in Kürze.',
  current: 'Aktuelle Störungen',
  noCurrent: 'Keine aktive Störung.',
  maintenance: 'Wartung',
  noMaintenance: 'Keine Wartung geplant.',
  recent: (count) => `Behoben ${count === 1 ? 'am letzten Tag' : `in den letzten ${count} Tagen`}`,
  noRecent: (count) => `Keine Störung ${count === 1 ? 'am letzten Tag' : `in den letzten ${count} Tagen`}.`,
  updates: 'Updates, neueste zuerst',
  impact: { none: 'Keine Auswirkung', minor: 'Geringe Auswirkung', major: 'Starke Auswirkung', critical: 'Kritische Auswirkung' },
  started: 'Begonnen',
  resolvedAt: 'Behoben',
  starts: 'Beginn',
  ends: 'Ende',
  feedUpdated: 'Feed aktualisiert',
  feedLink: 'Status-Feed (JSON)',
};

export const notices: NoticeStrings = {
  servicesDisrupted: 'Einige Dienste sind gestört',
  maintenanceUnderWay: 'Wartung läuft',
};

export const samples: SampleStrings = {
  incidentTitle: 'Vorschau: Fehler im Dienst',
  messages: {
    investigating: 'Wir untersuchen Meldungen über Fehler.',
    identified: 'Die Ursache ist gefunden, eine Korrektur wird ausgerollt.',
    monitoring: 'Eine Korrektur ist aktiv; wir beobachten die Ergebnisse.',
    resolved: 'Alles funktioniert wieder normal.',
  },
  maintenanceTitle: 'Vorschau: geplante Wartung',
  maintenanceMessage: 'Einige Funktionen sind etwa 20 Minuten lang nur lesbar.',
};
