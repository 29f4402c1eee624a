/**
 * The largest feed body a banner reads, bytes. One constant for the element (the streamed check
 * in the poller) and the CLI (which refuses to write a feed no banner would read). Real hosted
 * endpoints must fit: GitHub's Statuspage `incidents.json` is about 233 KiB compact and over
 * 256 KiB pretty-printed, so the cap leaves them room fourfold.
 */
export const MAX_FEED_BYTES = 1024 * 1024;

/**
 * How long after its start a maintenance window with no end is taken as in progress, unless its
 * source says it is under way: a `scheduled` that never moved on is a stale announcement, not a
 * window open for months. Read by the element (present/select.ts) and the loader's triage alike.
 */
export const OPEN_WINDOW_LIMIT = 24 * 3_600_000;

/** The longest poll interval, seconds: a feed's `poll_interval` above it is invalid, and no wait between polls exceeds it. */
export const MAX_POLL_INTERVAL_S = 900;
