/**
 * What the readers share: item-by-item validation and its problem reports for every format; for
 * the hosted status pages (Statuspage, incident.io, Instatus) also loose field schemas, the outage
 * vocabulary, component keys, and the generic item shown when a page only says "something is wrong".
 */
import * as z from 'zod/mini';
import { FeedError } from '../errors.js';
import { inEveryLocale, NOTICES } from '../../i18n/catalog.js';
import type { FeedProblem, Impact, Incident, Maintenance } from '../model.js';
import { nonEmptyText } from '../schema.js';

/** Optional text that real pages also send as `null`. Times are read with `epoch()`, which accepts any offset. */
export const optionalText = z.nullish(z.string());

/** An item's name: a blank one would be shown as an untitled banner, so the item is dropped and reported instead. */
export const itemName = nonEmptyText;

/** A component reference; pages name its id `id` or `code`. */
export const componentRefSchema = z.object({ id: optionalText, code: optionalText, name: optionalText });
export type ComponentRef = z.infer<typeof componentRefSchema>;
/** The components an item or update affects, for `componentKeys`; pages also send `null`. */
export const componentRefs = z.nullish(z.array(componentRefSchema));

/**
 * A list of items in a document's envelope. The envelope checks only that it is a list: `parseItems`
 * validates each item on its own, so that one bad item is dropped and reported, not the document.
 */
export const itemList = z.nullish(z.array(z.unknown()));

/** One line per issue: where, and what is wrong. */
export function describeIssues(error: z.core.$ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Validates items one at a time: a bad one is reported and dropped, the rest stay. */
export function parseItems<Raw, Item>(
  list: unknown[] | null | undefined,
  schema: z.ZodMiniType<Raw>,
  convert: (raw: Raw) => Item,
  path: string,
  problems: FeedProblem[],
): Item[] {
  const items: Item[] = [];
  (list ?? []).forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) items.push(convert(result.data));
    else problems.push({ path: `${path}[${index}]`, message: describeIssues(result.error, `${path}[${index}]`) });
  });
  return items;
}

/** A table lookup that a hostile key such as `constructor` cannot reach past. */
export function lookup<Value>(table: Readonly<Record<string, Value>>, key: string | null | undefined): Value | undefined {
  return key != null && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Checks a document's outer shape; throws FeedError('schema') saying what was expected. */
export function readEnvelope<Envelope>(doc: unknown, schema: z.ZodMiniType<Envelope>, expected: string): Envelope {
  const result = schema.safeParse(doc);
  if (!result.success) throw new FeedError('schema', `expected ${expected}: ${describeIssues(result.error)}`);
  return result.data;
}

/**
 * Component states and incident impacts as hosted pages spell them
 * (`partial_outage`, `PARTIALOUTAGE`, `full_outage`), keyed without case or underscores.
 */
const OUTAGE_IMPACTS: Readonly<Record<string, Impact>> = {
  operational: 'none',
  degradedperformance: 'minor',
  partialoutage: 'major',
  minoroutage: 'major',
  majoroutage: 'critical',
  fulloutage: 'critical',
};

/** An unknown or missing word reads as `major`: overstating an open incident beats hiding it. */
export function outageImpact(word: string | null | undefined): Impact {
  return lookup(OUTAGE_IMPACTS, word?.toLowerCase().replaceAll('_', '')) ?? 'major';
}

/** Ids and names of every listed component, once each, so the `components` filter matches either. */
export function componentKeys(...lists: (readonly ComponentRef[] | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const component of lists.flatMap((list) => list ?? [])) {
    for (const key of [component.id, component.code, component.name]) if (key) keys.add(key);
  }
  return [...keys];
}

interface PageSignal {
  /** The page's own words, when it has some (Statuspage's `status.description`). */
  description?: string | null;
  url?: string;
  components?: string[];
}

/**
 * The incident shown when a page's overall status reports trouble that no listed incident explains
 * (Statuspage's `status.json`, a component marked down without an incident). Its id carries the
 * impact, so a dismissed "minor" notice comes back when the page escalates to "major". It has no
 * status and no times: the page gives none (its `updated_at` moves with any change to the page).
 */
export function pageIncident(impact: Impact, signal: PageSignal): Incident {
  return {
    id: `page-status-${impact}`,
    title: signal.description || inEveryLocale(NOTICES, (notices) => notices.servicesDisrupted),
    impact,
    components: signal.components ?? [],
    url: signal.url,
    updates: [],
  };
}

/** The maintenance shown when a page says it is under maintenance but lists no window: under way, since a time it does not give. */
export function pageMaintenance(signal: PageSignal): Maintenance {
  return {
    id: 'page-status-maintenance',
    title: signal.description || inEveryLocale(NOTICES, (notices) => notices.maintenanceUnderWay),
    status: 'in_progress',
    components: signal.components ?? [],
    url: signal.url,
  };
}

/** Updates newest first. One whose time cannot be read is left out: its place and its age are unknown. */
export function newestFirst<Update extends { at: number | undefined }>(updates: Update[]): (Update & { at: number })[] {
  return updates.filter((update): update is Update & { at: number } => update.at !== undefined).sort((a, b) => b.at - a.at);
}

export function hasOpenIncident(incidents: readonly Incident[]): boolean {
  return incidents.some((incident) => incident.status !== 'resolved');
}

export function hasMaintenanceUnderWay(maintenances: readonly Maintenance[]): boolean {
  return maintenances.some((maintenance) => maintenance.status === 'in_progress');
}
