import { IMPACT_RANK } from '../feed/model.js';
import type { KeyValueStorage } from '../storage.js';
import type { ShownItem } from './select.js';

/**
 * What a dismissal remembers of an item. The item shows again when any part grows:
 * a newer update, a higher impact, or a later stage (incident resolved, maintenance started).
 */
interface Fingerprint {
  updated: number;
  impact: number;
  stage: number;
}

export interface DismissalStore {
  isDismissed(item: ShownItem): boolean;
  dismiss(item: ShownItem): void;
}

export const STORAGE_KEY = 'status-banner:dismissed';
/** Old dismissals are dropped past this count so storage never grows without bound. */
const MAX_REMEMBERED = 50;

function fingerprint(item: ShownItem): Fingerprint {
  if (item.kind === 'incident') {
    const { incident } = item;
    return {
      updated: Math.max(incident.updatedAt, incident.updates[0]?.at ?? 0),
      impact: IMPACT_RANK[incident.impact],
      stage: incident.status === 'resolved' ? 1 : 0,
    };
  }
  return { updated: item.maintenance.startsAt, impact: 0, stage: item.state === 'in_progress' ? 1 : 0 };
}

function isFingerprint(value: unknown): value is Fingerprint {
  const record = value as Fingerprint | null;
  return typeof record === 'object' && record !== null && [record.updated, record.impact, record.stage].every(Number.isFinite);
}

function parseAll(raw: string | null): Map<string, Fingerprint> {
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    return new Map(Object.entries(parsed as object).filter((entry): entry is [string, Fingerprint] => isFingerprint(entry[1])));
  } catch {
    return new Map();
  }
}

/**
 * Dismissals live in `storage` when it works, re-read at every check so that tabs agree and a
 * cleared storage is honoured, and in memory always, so a throwing Storage degrades to per-page memory.
 */
export function createDismissalStore(storage: KeyValueStorage | undefined): DismissalStore {
  let remembered = new Map<string, Fingerprint>();
  const load = () => {
    try {
      if (storage) remembered = parseAll(storage.getItem(STORAGE_KEY));
    } catch {
      // Storage unavailable: keep what this page remembers.
    }
    return remembered;
  };
  return {
    isDismissed(item) {
      const stored = load().get(item.key);
      if (!stored) return false;
      const current = fingerprint(item);
      return current.updated <= stored.updated && current.impact <= stored.impact && current.stage <= stored.stage;
    },
    dismiss(item) {
      const all = load();
      all.delete(item.key);
      all.set(item.key, fingerprint(item));
      remembered = new Map([...all].slice(-MAX_REMEMBERED));
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(remembered)));
      } catch {
        // Storage unavailable: the in-memory copy still hides the item for this page.
      }
    },
  };
}
