/**
 * The kit's fallback status page, as HTML. No Node imports: the browser test loads this very
 * page over the built scripts.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Static, no build step, one script: `<status-page>` reads the feed beside it (or a same-origin
 * `?src=`) and shows the whole picture. Its children show only where status-page.js did not run
 * (no JavaScript, or a failed download): a heading and the link to the feed itself.
 * `<html>` names no language on purpose: the page follows `?lang=` or the visitor's browser, and
 * `<status-page>` writes the language it chose onto `<html>`.
 */
export function fallbackPageHtml(feedFileName: string): string {
  const src = escapeHtml(feedFileName);
  return `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>Status</title>
  <link rel="icon" href="data:,">
  <script src="status-page.js" defer></script>
  <style>
    /* Theme the page here with the --status-banner-* custom properties (docs/element.md). */
    body { margin: 0; background: Canvas; color: CanvasText; font-family: var(--status-banner-font-family, system-ui, sans-serif); }
    main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem; }
  </style>
</head>
<body>
  <main>
    <status-page src="${src}" interval="30">
      <h1>Service status</h1>
      <p><a href="${src}">Status feed (JSON)</a></p>
    </status-page>
    <noscript><p>This page needs JavaScript to show <a href="${src}">the status feed (JSON)</a>.</p></noscript>
  </main>
</body>
</html>
`;
}
