/**
 * The one Cache-Control to serve the feed with, used by `doctor`, the kit's README.txt and
 * docs/cli.md: a CDN absorbs the polling, news reaches users within about 10 s plus the poll
 * interval, and the last state stays up for a day if the origin fails.
 */
export const RECOMMENDED_CACHE_CONTROL = 'public, max-age=10, stale-if-error=86400';

/** The publish command when `--publish` is not given. */
export const PUBLISH_ENV = 'STATUS_BANNER_PUBLISH';

/** `--publish CMD`, else STATUS_BANNER_PUBLISH; an empty value (`--publish ""`) turns publishing off. */
export function publishCommandFrom(flag: string | undefined): string | undefined {
  const command = flag ?? process.env[PUBLISH_ENV];
  return command?.trim() ? command : undefined;
}

/** Past this `max-age`, seconds, news waits too long in caches: `doctor` warns. */
export const MAX_FEED_MAX_AGE = 60;

/** Publish commands for the three usual hosts; `init` writes them into README.txt, docs/cli.md shows the same. */
export const PUBLISH_EXAMPLES = {
  s3: `aws s3 cp "$STATUS_BANNER_FILE" s3://BUCKET/status.json --content-type application/json --cache-control "${RECOMMENDED_CACHE_CONTROL}"`,
  git: `git add "$STATUS_BANNER_FILE" && git commit -qm "status update" && git push -q`,
  rsync: `rsync -a "$STATUS_BANNER_FILE" deploy@status.example.com:/var/www/status/status.json`,
} as const;

export const HOSTING_README = `status-banner kit
=================

status.json   the feed your app's <status-banner> element polls; edit it only with the CLI
index.html    the fallback status page: link to it, or switch DNS to it, when the app is down
*.js          the scripts index.html loads; no build step

Host it apart from your app
---------------------------
Put this folder where your app's outages cannot reach it: another provider, another
account, another DNS zone if you can (an object-storage bucket with a CDN, Netlify,
Cloudflare Pages...). A status feed served by the app that is down tells nobody anything.

Edit and publish
----------------
  id=$(status-banner open --title "API errors" --message "We are investigating." --eta 45m)
  status-banner update "$id" --status identified --message "..." --next-update 30m
  status-banner resolve "$id" --message "Fixed."
Every command locks the feed, validates the whole result, keeps the previous version in
status.json.prev and moves items resolved over 30 days ago to status.archive.json.
Then it runs your publish command, if you set one, and says whether the feed is live:
exit 3 means "written locally, not published" (fix it, then: status-banner publish).
Users see the change within the element's poll interval plus your cache's max-age.

Set the publish command once, in the shell profile of whoever is on call:
  export ${PUBLISH_ENV}='...one of the examples below...'
It runs with sh in this folder, with $STATUS_BANNER_FILE set to the feed's path.

# S3-compatible storage (AWS S3; for Cloudflare R2, MinIO or Backblaze B2 add
# --endpoint-url https://YOUR-ENDPOINT):
#   ${PUBLISH_EXAMPLES.s3}
#
# A git-based static host (Netlify, Cloudflare Pages... deploying from this folder's
# repository); set the headers below in a _headers file. GitHub Pages forces
# max-age=600: news would wait up to 10 minutes.
#   ${PUBLISH_EXAMPLES.git}
#
# A server you reach over SSH (rsync writes a temporary file, then renames it):
#   ${PUBLISH_EXAMPLES.rsync}

Then check the host once, as a browser would:
  status-banner doctor https://status.example.com/status.json

Headers for status.json
-----------------------
  Content-Type: application/json
  Cache-Control: ${RECOMMENDED_CACHE_CONTROL}
      a CDN absorbs the polling; news reaches users within ~10 s plus the poll
      interval; stale-if-error keeps the last state up if your host fails
  Access-Control-Allow-Origin: *            (or your app's origin)
  Access-Control-Expose-Headers: Date
      lets the element correct users' clock skew when it shows ETAs
  ETag or Last-Modified (most static hosts send them): clients revalidate with a 304

Example, nginx:
  location = /status.json {
    add_header Cache-Control "${RECOMMENDED_CACHE_CONTROL}";
    add_header Access-Control-Allow-Origin "*";
    add_header Access-Control-Expose-Headers "Date";
  }
Example, _headers (Netlify, Cloudflare Pages):
  /status.json
    Cache-Control: ${RECOMMENDED_CACHE_CONTROL}
    Access-Control-Allow-Origin: *
    Access-Control-Expose-Headers: Date
Example, S3: the Cache-Control is set by the upload above; CORS is set on the bucket,
with AllowedOrigins ["*"], AllowedMethods ["GET", "HEAD"] and ExposeHeaders ["Date"].
`;
