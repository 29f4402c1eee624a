import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { describeIssues } from '../feed/adapters/native.js';
import { feedSchema, type Feed } from '../feed/schema.js';
import { InputError } from './errors.js';
import { describeImpossibleTime, findImpossibleTimes } from './feed-times.js';
import { withLock, type HeldLock } from './lock.js';
import { isoTime } from './time.js';
import { decodeUtf8 } from './utf8.js';

export interface ChangeReport {
  /** One line on stderr saying what changed. */
  summary: string;
  /** The id of a new item, printed alone on stdout so scripts can capture it. */
  createdId?: string;
}

/** What a write command does to the feed, in place. Throws InputError to abort with nothing written. */
export type FeedChange = (feed: Feed, now: number) => ChangeReport;

/** Long enough for a queue of operators (each write holds the lock for milliseconds), short enough to notice a stuck one. */
const FEED_LOCK_WAIT_MS = 15_000;

/**
 * The one path every write command takes, under an inter-process lock on the feed's real file:
 * read and validate the current file, apply the change, validate the whole result with the
 * element's schema, keep the previous version as `.prev`, then replace the file atomically. A
 * second command waits for the lock, then applies its change to what the first one wrote, so no
 * change is lost. Any failure leaves the file as it was.
 */
export async function editFeed(file: string, change: FeedChange): Promise<void> {
  const target = await resolveFeedTarget(file);
  const report = await withLock({ resource: target, activity: `writing ${target}`, waitMs: FEED_LOCK_WAIT_MS }, (lock) =>
    rewriteFeed(target, change, lock),
  );
  process.stderr.write(`${report.summary}\n`);
  if (report.createdId) process.stdout.write(`${report.createdId}\n`);
}

/**
 * The file the feed really is: writes go through a symlink to its target (the file that is
 * served), and `.prev` and the lock sit beside that target.
 */
export async function resolveFeedTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(`no feed at ${file}: run status-banner init, or pass --file (or set STATUS_BANNER_FILE)`);
    }
    throw error;
  }
}

async function rewriteFeed(target: string, change: FeedChange, lock: HeldLock): Promise<ChangeReport> {
  const before = await readFile(target);
  const feed = parseFeedBytes(target, before);
  const now = Date.now();
  const report = change(feed, now);
  feed.updated_at = isoTime(now);
  const result = feedSchema.safeParse(feed);
  if (!result.success)
    throw new InputError(`the change would make an invalid feed (${describeIssues(result.error)}); ${path.basename(target)} not changed`);
  // The copies keep the feed's mode and owner: a 640 feed's history must not become world-readable.
  const { mode, uid, gid } = await stat(target);
  const options = { mode, chown: { uid, gid } };
  lock.assertHeld();
  await writeFileAtomic(`${target}.prev`, before, options);
  lock.assertHeld();
  await writeFileAtomic(target, serializeFeed(feed), options);
  return report;
}

/** Reads and validates a feed file as a whole: the CLI never edits a feed the schema rejects. */
export async function readFeed(file: string): Promise<Feed> {
  return parseFeedBytes(file, await readFile(file));
}

export function serializeFeed(feed: Feed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function parseFeedBytes(file: string, bytes: Buffer): Feed {
  const name = path.basename(file);
  const { text } = decodeUtf8(name, bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${(error as Error).message}); fix it or restore ${name}.prev`);
  }
  const result = feedSchema.safeParse(doc);
  if (!result.success)
    throw new InputError(`${name} is not a valid feed (${describeIssues(result.error)}); fix it or restore ${name}.prev`);
  const [impossible] = findImpossibleTimes(feedSchema, doc);
  if (impossible) throw new InputError(`${name}: ${describeImpossibleTime(impossible)}; fix it or restore ${name}.prev`);
  // The document itself, not zod's output: zod drops unknown fields, and the operator's extra fields must survive an edit.
  return doc as Feed;
}
