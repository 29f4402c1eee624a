import { parseCommandLine, type Command } from '../command-line.js';
import {
  checkAllowOrigin,
  checkCacheControl,
  checkClock,
  checkConditional,
  checkContentType,
  checkExposeHeaders,
  checkSize,
  checkStatus,
  checkValidators,
  DEFAULT_CHECK_ORIGIN,
  formatCheck,
  type Check,
} from '../doctor-checks.js';
import { httpUrl } from '../../feed/model.js';
import { InputError } from '../errors.js';
import { ELEMENT_DEFAULTS, plural, reportFeed } from '../feed-report.js';
import { parseHttpUrl } from '../flag-values.js';
import { RECOMMENDED_CACHE_CONTROL } from '../hosting.js';
import { fetchBody } from '../http.js';
import { escapeControls } from '../terminal.js';
import { parseLanguageTag } from '../localized-text.js';

const OPTIONS = { origin: { type: 'string' }, locale: { type: 'string' } } as const;

export const command: Command = {
  help: `Usage: status-banner doctor URL [--origin ORIGIN]

Checks a hosted feed once, as a banner on another site would fetch it: run it after setting
up hosting, and after changing it. One line per check, marked OK, WARN or FAIL, with how to
fix it: the status; Content-Type; Cache-Control (recommended:
${RECOMMENDED_CACHE_CONTROL}); ETag or Last-Modified, and a real
conditional request that must give 304; CORS (Access-Control-Allow-Origin,
Access-Control-Expose-Headers: Date); the host's clock against this machine's; the size
against the 1 MiB every banner reads; then the feed itself and what users would see now.
Exits 1 when any check FAILs.

Options:
  --origin ORIGIN        the site the banner runs on, sent as Origin (default:
                         ${DEFAULT_CHECK_ORIGIN}, a site no host allows by name)
  --locale TAG           language to show texts in (default: en)

Examples:
  status-banner doctor https://status.example.com/status.json
  status-banner doctor https://status.example.com/status.json --origin https://app.example.com
`,
  async run(argv) {
    const { values, positionals } = parseCommandLine('doctor', argv, OPTIONS, { names: ['URL'], required: 1 });
    const url = httpUrl(positionals[0]);
    if (!url) throw new InputError(`doctor: "${positionals[0] ?? ''}" is not an http(s) URL`);
    const origin = values.origin === undefined ? DEFAULT_CHECK_ORIGIN : new URL(parseHttpUrl('origin', values.origin)).origin;
    const locale = values.locale === undefined ? ELEMENT_DEFAULTS.locale : parseLanguageTag('locale', values.locale);

    const { response, body } = await fetchBody(url, { Origin: origin });
    const arrived = Date.now();
    const { headers } = response;
    const checks: Check[] = [checkStatus(response.status, response.redirected ? response.url : undefined)];
    let seen: string[] = [];
    if (response.status === 200) {
      checks.push(checkContentType(headers.get('content-type')), checkCacheControl(headers.get('cache-control')));
      const etag = headers.get('etag');
      const lastModified = headers.get('last-modified');
      checks.push(checkValidators(etag, lastModified));
      // A real revalidation, as a browser's cache makes it, with the first answer's validator.
      const conditional = etag
        ? (['If-None-Match', etag] as const)
        : lastModified
          ? (['If-Modified-Since', lastModified] as const)
          : undefined;
      if (conditional) {
        const [header, value] = conditional;
        const second = await fetchBody(url, { Origin: origin, [header]: value });
        checks.push(checkConditional(header, second.response.status));
      }
      checks.push(
        checkAllowOrigin({ allowOrigin: headers.get('access-control-allow-origin'), vary: headers.get('vary'), origin }),
        checkExposeHeaders(headers.get('access-control-expose-headers')),
        checkClock(headers.get('date'), headers.get('age'), arrived),
        checkSize(body.byteLength),
      );
      const feed = checkFeed(url, body, locale);
      checks.push(feed.check);
      seen = feed.seen;
    }

    process.stdout.write(
      [`Checking ${url} as a banner on ${origin} would fetch it:`, ...checks.map(formatCheck), ...seen].map(escapeControls).join('\n') +
        '\n',
    );
    const failures = checks.filter((check) => check.level === 'FAIL').length;
    const warnings = checks.filter((check) => check.level === 'WARN').length;
    if (failures) throw new InputError(`doctor: ${plural(failures, 'problem')} and ${plural(warnings, 'warning')} on ${url}`);
  },
};

/** The feed itself, read as the element reads it, and what users would see now (as `validate` says it). */
function checkFeed(url: string, body: Uint8Array, locale: string): { check: Check; seen: string[] } {
  const view = { ...ELEMENT_DEFAULTS, now: Date.now(), locale, components: [] };
  try {
    const { counts, seen, problems } = reportFeed(url, body, 'auto', view);
    const check: Check = problems.length
      ? {
          level: 'FAIL',
          subject: 'Feed',
          detail: `readable, with problems (${counts}): ${problems.join('; ')}`,
          fix: 'fix it, then publish it again.',
        }
      : { level: 'OK', subject: 'Feed', detail: `valid (${counts})` };
    return { check, seen };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      check: { level: 'FAIL', subject: 'Feed', detail: error.message, fix: 'publish a valid feed (status-banner validate FILE says why).' },
      seen: [],
    };
  }
}
