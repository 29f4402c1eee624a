import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { FILE_OPTION, FILE_OPTION_HELP, feedPath, parseCommandLine, type Command } from '../command-line.js';
import { InputError } from '../errors.js';
import { parsePort } from '../flag-values.js';
import { escapeHtml, fallbackPageHtml, kitScripts } from '../kit.js';

const OPTIONS = { ...FILE_OPTION, port: { type: 'string' } } as const;

/** The preview page's feed URL; the fallback page reads it as `status.json` beside itself. */
const FEED_ROUTE = '/status.json';

export const command: Command = {
  help: `Usage: status-banner preview [FILE] [--port PORT]

Serves, on 127.0.0.1 only, a page with <status-banner interval=10> over FILE (default:
--file) and, below it, the kit's fallback page. Prints the URL, then runs until Ctrl-C.
The file is read afresh on every request, so a drill can run on a copy of the feed:
edit it with open/update/resolve --file COPY and watch the banner follow.

Options:
  --port PORT            port to listen on (default: 0, any free port)
${FILE_OPTION_HELP}

Examples:
  status-banner preview
  cp status.json drill.json && status-banner preview drill.json --port 8080
`,
  async run(argv) {
    const { values, positionals } = parseCommandLine('preview', argv, OPTIONS, { names: ['FILE'], required: 0 });
    const file = positionals[0] === undefined ? feedPath(values.file) : path.resolve(positionals[0]);
    if (!existsSync(file)) throw new InputError(`no feed at ${file}: run status-banner init, or pass FILE`);
    const port = parsePort(values.port ?? '0');
    const scripts = new Map<string, string>(kitScripts().map(({ name, file: script }) => [`/${name}`, script]));
    const pages = new Map([
      ['/', previewPageHtml(path.basename(file))],
      ['/index.html', fallbackPageHtml(FEED_ROUTE.slice(1))],
    ]);

    const server = createServer((request, response) => {
      const route = new URL(request.url ?? '/', 'http://localhost').pathname;
      const page = pages.get(route);
      const script = scripts.get(route) ?? (route === FEED_ROUTE ? file : undefined);
      if (page !== undefined) send(response, 200, 'text/html; charset=utf-8', page);
      else if (script !== undefined)
        void serveFile(response, script, script === file ? 'application/json' : 'text/javascript; charset=utf-8');
      else send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new InputError(`--port ${port} is already in use`) : error),
      );
      server.listen(port, '127.0.0.1', resolve);
    });
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
    process.stdout.write(`${url}\n`);
    process.stderr.write(`previewing ${file} (fallback page: ${url}index.html); Ctrl-C to stop\n`);
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => resolve()));
    });
  },
};

function previewPageHtml(fileName: string): string {
  const name = escapeHtml(fileName);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Preview: ${name}</title>
  <link rel="icon" href="data:,">
  <script src="/status-banner.js" defer></script>
  <style>
    body { margin: 0; font-family: system-ui, sans-serif; }
    main { padding: 1rem; }
    iframe { width: 100%; height: 70vh; border: 1px solid #8888; border-radius: 4px; }
  </style>
</head>
<body>
  <status-banner src="${FEED_ROUTE}" interval="10"></status-banner>
  <main>
    <h1>Preview of ${name}</h1>
    <p>The banner above polls ${name} every 10 seconds, as your app would. Below: the fallback status page.</p>
    <iframe src="/index.html" title="Fallback status page"></iframe>
  </main>
</body>
</html>
`;
}

async function serveFile(response: ServerResponse, file: string, type: string): Promise<void> {
  try {
    send(response, 200, type, await readFile(file));
  } catch {
    send(response, 404, 'text/plain; charset=utf-8', `cannot read ${path.basename(file)}\n`);
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // no-cache: every poll sees the file as it is now, which is the point of a preview.
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
}
