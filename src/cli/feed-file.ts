import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { describeIssues } from '../feed/adapters/common.js';
import { MAX_FEED_BYTES } from '../feed/limits.js';
import { feedSchema, type Feed } from '../feed/schema.js';
import { addToArchive, archivePathFor, countArchived, describeArchived, splitByAge, type ArchivedItems } from './archive.js';
import type { WriteSettings } from './command-line.js';
import { InputError } from './errors.js';
import { sizeVerdict } from './feed-size.js';
import { describeImpossibleTime, findImpossibleTimes } from './feed-times.js';
import { withLock, type HeldLock } from './lock.js';
import { publishFeed } from './publish.js';
import { escapeControls } from './terminal.js';
import { isoTime } from './time.js';
import { decodeUtf8 } from './utf8.js';

export interface ChangeReport {
  /** One line on stderr saying what changed. */
  summary: string;
  /** The id of a new item, printed alone on stdout so scripts can capture it. */
  createdId?: string;
}

/**
 * What a write command does to the feed, in place. Throws InputError to abort with nothing
 * written. Returns undefined when it changes nothing itself (`archive`: only the move of old items).
 */
export type FeedChange = (feed: Feed, now: number) => ChangeReport | undefined;

/** Long enough for a queue of operators (each write holds the lock for milliseconds), short enough to notice a stuck one. */
const FEED_LOCK_WAIT_MS = 15_000;

/** What a write did, for the operator; undefined when there was nothing to write. */
interface WriteOutcome {
  report: ChangeReport | undefined;
  /** Items moved to the archive, or why they could not be. */
  archiveNote: string | undefined;
}

/**
 * The one path every write command takes, under an inter-process lock on the feed's real file:
 * read and validate the current file, apply the change, move old items to the archive, validate
 * the whole result (schema and size cap), keep the previous version as `.prev`, then replace the
 * file atomically. A second command waits for the lock, then applies its change to what the
 * first one wrote, so no change is lost. Any failure leaves the feed as it was.
 */
export async function editFeed(settings: WriteSettings, change: FeedChange): Promise<void> {
  const target = await resolveFeedTarget(settings.file);
  const outcome = await withLock({ resource: target, activity: `writing ${target}`, waitMs: FEED_LOCK_WAIT_MS }, (lock) =>
    rewriteFeed(target, settings.keepDays, change, lock),
  );
  const name = path.basename(target);
  if (!outcome) {
    process.stderr.write(`nothing in ${name} ended more than ${settings.keepDays} days ago; ${name} not changed\n`);
    return;
  }
  const { report, archiveNote } = outcome;
  const lines = [report?.summary, archiveNote].filter((line) => line !== undefined);
  process.stderr.write(lines.map((line) => `${escapeControls(line)}\n`).join(''));
  if (report?.createdId) process.stdout.write(`${report.createdId}\n`);
  if (settings.publish) await publishFeed(target, settings.publish);
}

/**
 * The file the feed really is: writes go through a symlink to its target (the file that is
 * served), and `.prev`, the archive and the lock sit beside that target.
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

async function rewriteFeed(target: string, keepDays: number, change: FeedChange, lock: HeldLock): Promise<WriteOutcome | undefined> {
  const name = path.basename(target);
  const before = await readFile(target);
  const feed = parseFeedBytes(name, before, `fix it or restore ${name}.prev`);
  const now = Date.now();
  const report = change(feed, now);
  const { remaining, archived } = splitByAge(feed, now, keepDays);
  if (!report && countArchived(archived) === 0) return undefined;
  feed.updated_at = remaining.updated_at = isoTime(now);
  // The copies keep the feed's mode and owner: a 640 feed's history must not become world-readable.
  const { mode, uid, gid } = await stat(target);
  const options = { mode, chown: { uid, gid } };

  let next = serializeChecked(name, remaining);
  let archiveNote: string | undefined;
  if (countArchived(archived) > 0) {
    // The archive is written first: a crash between the two writes leaves the items in both
    // files (the next move replaces them in the archive), never in neither.
    const archiveFile = archivePathFor(target);
    try {
      await appendToArchive(archiveFile, archived, feed.updated_at, options, lock);
      archiveNote = `archived ${describeArchived(archived)} older than ${keepDays} days to ${path.basename(archiveFile)}`;
    } catch (error) {
      // Housekeeping must not block an incident update: the items stay in the feed this time.
      if (!report) throw error;
      archiveNote = `could not archive ${describeArchived(archived)} (${(error as Error).message}); they stay in ${name}`;
      next = serializeChecked(name, feed);
    }
  }
  lock.assertHeld();
  await writeFileAtomic(`${target}.prev`, before, options);
  lock.assertHeld();
  await writeFileAtomic(target, next, options);
  return { report, archiveNote };
}

/** The feed as it will be written, once it passes the element's schema and fits under the body cap every banner enforces. */
function serializeChecked(name: string, feed: Feed): string {
  const result = feedSchema.safeParse(feed);
  if (!result.success) throw new InputError(`the change would make an invalid feed (${describeIssues(result.error)}); ${name} not changed`);
  const text = serializeFeed(feed);
  const size = sizeVerdict(Buffer.byteLength(text));
  if (size.level === 'over') {
    throw new InputError(
      `the change would make ${name} ${size.text}, over the ${MAX_FEED_BYTES / 1024} KiB every banner reads; ${name} not changed (archive sooner with --keep-days, down to 7, or shorten texts)`,
    );
  }
  return text;
}

async function appendToArchive(
  archiveFile: string,
  archived: ArchivedItems,
  updatedAt: string,
  options: writeFileAtomic.Options,
  lock: HeldLock,
): Promise<void> {
  const name = path.basename(archiveFile);
  let existing: Feed | undefined;
  try {
    existing = parseFeedBytes(name, await readFile(archiveFile), 'fix it, or move it aside to start a new one');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  lock.assertHeld();
  await writeFileAtomic(archiveFile, serializeFeed(addToArchive(existing, archived, updatedAt)), options);
}

/** Checks a feed file as a write would leave it (UTF-8, JSON, schema, real times, size cap): the CLI never publishes a feed it would not write. */
export async function verifyFeedFile(file: string): Promise<void> {
  const name = path.basename(file);
  const bytes = await readFile(file);
  parseFeedBytes(name, bytes, `fix it or restore ${name}.prev`);
  const size = sizeVerdict(bytes.byteLength);
  if (size.level === 'over')
    throw new InputError(`${name} is ${size.text}, over the ${MAX_FEED_BYTES / 1024} KiB every banner reads; not published`);
}

export function serializeFeed(feed: Feed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Strict UTF-8, JSON, the element's schema, then times that exist: the CLI never edits a feed it would have to guess about. */
function parseFeedBytes(name: string, bytes: Buffer, remedy: string): Feed {
  const { text } = decodeUtf8(name, bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${(error as Error).message}); ${remedy}`);
  }
  // First the times, with the calendar's reason (the schema would only say "not a time a clock can read").
  const [impossible] = findImpossibleTimes(feedSchema, doc);
  if (impossible) throw new InputError(`${name}: ${describeImpossibleTime(impossible)}; ${remedy}`);
  const result = feedSchema.safeParse(doc);
  if (!result.success) throw new InputError(`${name} is not a valid feed (${describeIssues(result.error)}); ${remedy}`);
  // The document itself, not zod's output: zod drops unknown fields, and the operator's extra fields must survive an edit.
  return doc as Feed;
}
