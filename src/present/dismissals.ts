import { IMPACT_RANK } from '../feed/model.js';
import { readItem, writeItem, type KeyValueStorage } from '../storage.js';
import type { ShownItem } from './select.js';

/**
 * What a dismissal remembers of an item. The item shows again when any part grows:
 * a newer update, a higher impact, a later stage (incident resolved, maintenance started), and for
 * a maintenance a newer message or a later end (the window was extended).
 */
interface Fingerprint {
  updated: number;
  impact: number;
  stage: number;
  /** Maintenances only; absent from the entries of earlier versions, which read as 0. */
  message?: number;
  ends?: number;
}

const PARTS = ['updated', 'impact', 'stage', 'message', 'ends'] as const;

export interface DismissalStore {
  isDismissed(item: ShownItem): boolean;
  dismiss(item: ShownItem): void;
}

/**
 * Where one feed's dismissals are kept. One key per feed: item ids are only unique within a feed
 * (and the hosted adapters' generated ones, `page-status-major`, never are), so a dismissal must
 * not hide another feed's item. The origin-wide key of earlier versions (`status-banner:dismissed`)
 * is no feed's key, so its entries are ignored.
 */
export function dismissalsKey(feed: string): string {
  return `status-banner:dismissed:${feed}`;
}

/** Old dismissals are dropped past this count so storage never grows without bound. */
const MAX_REMEMBERED = 50;

function fingerprint(item: ShownItem): Fingerprint {
  if (item.kind === 'incident') {
    const { incident } = item;
    return {
      updated: Math.max(incident.updatedAt ?? 0, incident.updates[0]?.at ?? 0),
      impact: IMPACT_RANK[incident.impact],
      stage: incident.status === 'resolved' ? 1 : 0,
    };
  }
  const { maintenance } = item;
  return {
    updated: maintenance.startsAt ?? 0,
    impact: 0,
    stage: item.state === 'in_progress' ? 1 : 0,
    message: maintenance.messageAt ?? 0,
    ends: maintenance.endsAt ?? 0,
  };
}

function isFingerprint(value: unknown): value is Fingerprint {
  const record = value as Fingerprint | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    [record.updated, record.impact, record.stage].every(Number.isFinite) &&
    [record.message, record.ends].every((part) => part === undefined || Number.isFinite(part))
  );
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
 * The dismissals of one feed (its absolute URL). They live in `storage` when it works, re-read at
 * every check so that tabs agree and a cleared storage is honoured, and in memory always, so a
 * throwing Storage degrades to per-page memory.
 */
export function createDismissalStore(storage: KeyValueStorage | undefined, feed: string): DismissalStore {
  const key = dismissalsKey(feed);
  let remembered = new Map<string, Fingerprint>();
  const load = () => {
    const kept = readItem(storage, key);
    // Storage unavailable: keep what this page remembers.
    if (kept !== undefined) remembered = parseAll(kept);
    return remembered;
  };
  return {
    isDismissed(item) {
      const stored = load().get(item.key);
      if (!stored) return false;
      const current = fingerprint(item);
      return PARTS.every((part) => (current[part] ?? 0) <= (stored[part] ?? 0));
    },
    dismiss(item) {
      const all = load();
      all.delete(item.key);
      all.set(item.key, fingerprint(item));
      remembered = new Map([...all].slice(-MAX_REMEMBERED));
      // Storage unavailable: the in-memory copy still hides the item for this page.
      writeItem(storage, key, JSON.stringify(Object.fromEntries(remembered)));
    },
  };
}
