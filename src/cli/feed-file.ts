import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describeIssues } from '../feed/adapters/common.js';
import { feedSchema, type Feed } from '../feed/schema.js';
import { InputError } from './errors.js';
import { isoTime } from './time.js';

export interface ChangeReport {
  /** One line on stderr saying what changed. */
  summary: string;
  /** The id of a new item, printed alone on stdout so scripts can capture it. */
  createdId?: string;
}

/** What a write command does to the feed, in place. Throws InputError to abort with nothing written. */
export type FeedChange = (feed: Feed, now: number) => ChangeReport;

/**
 * The one path every write command takes: load and validate the current file, apply the change,
 * validate the whole result with the element's schema, keep the previous version as `.prev`,
 * then replace the file atomically. Any failure leaves the file as it was.
 */
export async function editFeed(file: string, change: FeedChange): Promise<void> {
  const before = await readFeedBytes(file);
  const feed = parseFeedBytes(file, before);
  const now = Date.now();
  const report = change(feed, now);
  feed.updated_at = isoTime(now);
  const result = feedSchema.safeParse(feed);
  if (!result.success)
    throw new InputError(`the change would make an invalid feed (${describeIssues(result.error)}); ${path.basename(file)} not changed`);
  const after = serializeFeed(feed);
  // Two operators editing at once would otherwise silently drop one of the changes.
  if (!(await readFeedBytes(file)).equals(before)) {
    throw new InputError(`${path.basename(file)} changed while this command ran; nothing written, run it again`);
  }
  await writeFileAtomically(`${file}.prev`, before);
  await writeFileAtomically(file, after);
  process.stderr.write(`${report.summary}\n`);
  if (report.createdId) process.stdout.write(`${report.createdId}\n`);
}

/** Reads and validates a feed file as a whole: the CLI never edits a feed the schema rejects. */
export async function readFeed(file: string): Promise<Feed> {
  return parseFeedBytes(file, await readFeedBytes(file));
}

export function serializeFeed(feed: Feed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/**
 * Writes to a temporary file in the same directory, flushes it, then renames it over the target:
 * readers, and a process killed at any moment, see the old file or the new one, never a torn one.
 */
export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function readFeedBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(`no feed at ${file}: run status-banner init, or pass --file (or set STATUS_BANNER_FILE)`);
    }
    throw error;
  }
}

function parseFeedBytes(file: string, bytes: Buffer): Feed {
  const name = path.basename(file);
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${(error as Error).message}); fix it or restore ${name}.prev`);
  }
  const result = feedSchema.safeParse(doc);
  if (!result.success)
    throw new InputError(`${name} is not a valid feed (${describeIssues(result.error)}); fix it or restore ${name}.prev`);
  // The document itself, not zod's output: zod drops unknown fields, and the operator's extra fields must survive an edit.
  return doc as Feed;
}
