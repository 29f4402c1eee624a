/**
 * Strings of the fallback status page only, so that the banner's bundle does not carry them.
 * State labels, ETA sentences, "Details" and "What we learned" come from the banner's own
 * strings (src/i18n), so both always word a situation the same way.
 */
import { catalogEntry } from '../i18n/index.js';
import type { Impact } from '../feed/model.js';

export interface PageStrings {
  /** The page's main heading, with the feed's page name when it has one. */
  heading(pageName: string | undefined): string;
  loading: string;
  allClear: string;
  /** Summary when incidents are open: "2 incidents in progress." */
  incidentsOpen(count: number): string;
  maintenanceOpen: string;
  /** The feed could not be read: with no state at all, or with the last known one still shown below. */
  unavailable: string;
  lastKnown: string;
  /** The poller's next attempt, as a relative time ("in 2 minutes"), or within the minute. */
  retry(relative: string): string;
  retrySoon: string;
  current: string;
  noCurrent: string;
  maintenance: string;
  noMaintenance: string;
  recent(days: number): string;
  noRecent(days: number): string;
  /** Accessible name of an incident's list of updates. */
  updates: string;
  impact: Record<Impact, string>;
  started: string;
  resolvedAt: string;
  starts: string;
  ends: string;
  feedUpdated: string;
  feedLink: string;
}

const enDays = (count: number) => (count === 1 ? 'day' : `${count} days`);
const frDays = (count: number) => (count === 1 ? 'ces dernières 24 heures' : `ces ${count} derniers jours`);

export const pageEn: PageStrings = {
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
  recent: (count) => `Resolved in the last ${enDays(count)}`,
  noRecent: (count) => `No incident in the last ${enDays(count)}.`,
  updates: 'Updates, newest first',
  impact: { none: 'No impact', minor: 'Minor impact', major: 'Major impact', critical: 'Critical impact' },
  started: 'Started',
  resolvedAt: 'Resolved',
  starts: 'Starts',
  ends: 'Ends',
  feedUpdated: 'Feed updated',
  feedLink: 'Status feed (JSON)',
};

export const pageFr: PageStrings = {
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
  recent: (count) => `Résolus ${frDays(count)}`,
  noRecent: (count) => `Aucun incident ${frDays(count)}.`,
  updates: 'Mises à jour, de la plus récente à la plus ancienne',
  impact: { none: 'Sans impact', minor: 'Impact mineur', major: 'Impact majeur', critical: 'Impact critique' },
  started: 'Début',
  resolvedAt: 'Résolu',
  starts: 'Début',
  ends: 'Fin',
  feedUpdated: 'Flux mis à jour',
  feedLink: 'Flux d’état (JSON)',
};

const PAGE_CATALOG: Readonly<Record<string, PageStrings>> = { en: pageEn, fr: pageFr };

/** Page strings for a BCP 47 tag, matched as the banner's strings are: exact tag, language, English. */
export function pageStringsFor(locale: string): PageStrings {
  return catalogEntry(PAGE_CATALOG, locale) ?? pageEn;
}
