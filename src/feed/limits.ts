/**
 * The largest feed body a banner reads, bytes. One constant for the element (the streamed check
 * in the poller) and the CLI (which refuses to write a feed no banner would read). Real hosted
 * endpoints must fit: GitHub's Statuspage `incidents.json` is about 233 KiB compact and over
 * 256 KiB pretty-printed, so the cap leaves them room fourfold.
 */
export const MAX_FEED_BYTES = 1024 * 1024;
