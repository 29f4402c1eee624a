import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from './errors.js';

/**
 * Browser bundles shipped in the package's dist/, beside dist/cli/ where this module is built.
 * status-page.js (the fallback page's script) is optional so the kit works before it exists.
 */
export const KIT_SCRIPTS = [
  { name: 'status-banner.js', required: true },
  { name: 'status-page.js', required: false },
] as const;

export type KitScriptName = (typeof KIT_SCRIPTS)[number]['name'];

/** Absolute path of a bundle in dist/, or undefined when this build does not have it. */
export function findBundle(name: KitScriptName): string | undefined {
  // Not `new URL(name, import.meta.url)`: Vite rewrites that pattern into an asset import at build time.
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', name);
  if (existsSync(file)) return file;
  if (KIT_SCRIPTS.find((script) => script.name === name)?.required) {
    throw new InputError(`${name} is missing beside the CLI (${file}): run npm run build`);
  }
  return undefined;
}

export { escapeHtml, fallbackPageHtml } from './fallback-page.js';

export const HOSTING_README = `status-banner kit
=================

status.json   the feed your app's <status-banner> element polls; edit it only with the CLI
index.html    the fallback status page: link to it, or switch DNS to it, when the app is down
*.js          the scripts index.html loads; no build step

Host it apart from your app
---------------------------
Put this folder where your app's outages cannot reach it: another provider, another
account, another DNS zone if you can (an object-storage bucket with a CDN, GitHub Pages,
Netlify...). A status feed served by the app that is down tells nobody anything.

Edit, then publish
------------------
  status-banner open --title "API errors" --message "We are investigating." --eta 45m
  status-banner update ID --status identified --message "..." --next-update 30m
  status-banner resolve ID --message "Fixed." --postmortem https://...
Every command validates the whole feed before writing and keeps the previous version in
status.json.prev. Then upload status.json (e.g. aws s3 cp, rsync, git push): users see
the change within the element's poll interval plus your cache's max-age.
Check what is live with: status-banner validate https://status.example.com/status.json

Headers for status.json
-----------------------
  Content-Type: application/json
  Cache-Control: max-age=10, stale-while-revalidate=60, stale-if-error=86400
      short enough for news to reach users quickly; stale-if-error keeps the last
      state up if your host hiccups
  Access-Control-Allow-Origin: *            (or your app's origin)
  Access-Control-Expose-Headers: Date
      lets the element correct users' clock skew when it shows ETAs
ETag or Last-Modified (most static hosts send them) let clients revalidate cheaply.

Example, nginx:
  location = /status.json {
    add_header Cache-Control "max-age=10, stale-while-revalidate=60, stale-if-error=86400";
    add_header Access-Control-Allow-Origin "*";
    add_header Access-Control-Expose-Headers "Date";
  }
Example, S3 (CORS itself is set on the bucket, with ExposeHeaders ["Date"]):
  aws s3 cp status.json s3://BUCKET/status.json --content-type application/json \\
    --cache-control "max-age=10, stale-while-revalidate=60, stale-if-error=86400"
`;
