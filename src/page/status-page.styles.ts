import { css } from 'lit';
import { paletteStyles, stateLabel } from '../ui/palette.js';

/**
 * The banner's custom properties and default palette (src/ui/palette.ts), so one theme
 * dresses both. No text is dimmed with opacity: that would drop below AA on a custom
 * background nobody measured.
 */
export const pageStyles = [
  // An all-clear summary wears the resolved accent.
  paletteStyles(
    (name, value) =>
      name === 'state' && value === 'resolved' ? `[data-state='resolved'],.summary[data-impact='none']` : `[data-${name}='${value}']`,
    // The page is a document of its own: it follows its reader's scheme.
    (declarations) => `@media (prefers-color-scheme:dark){:host{${declarations}}}`,
  ),
  css`
    :host {
      --_radius: var(--status-banner-radius, 6px);
      display: block;
      box-sizing: border-box;
      max-width: var(--status-banner-max-width, none);
      padding: var(--status-banner-padding, 1em 1.25em);
      background: var(--_bg);
      color: var(--_fg);
      border-radius: var(--_radius);
      font-family: var(--status-banner-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--status-banner-font-size, 1rem);
      line-height: 1.5;
      overflow-wrap: anywhere;
    }

    h1 {
      font-size: 1.6em;
      line-height: 1.25;
      margin: 0 0 0.5em;
    }
    h2 {
      font-size: 1.25em;
      margin: 1.5em 0 0.5em;
    }
    h3 {
      font-size: 1.05em;
      margin: 0;
      display: inline;
    }
    p,
    ul,
    ol,
    dl {
      margin: 0;
    }
    .summary {
      padding: 0.5em 0.75em;
      border-inline-start: 4px solid var(--_accent);
      font-weight: 600;
    }
    .failure {
      margin-top: 0.75em;
      padding: 0.5em 0.75em;
      border: 2px solid var(--status-banner-major-accent, #b42318);
      border-radius: var(--_radius);
    }
    @media (prefers-color-scheme: dark) {
      .failure {
        border-color: var(--status-banner-major-accent, #ff8f80);
      }
    }
    .failure > * + * {
      margin-top: 0.25em;
    }
    .detail {
      font-family: ui-monospace, monospace;
      font-size: 0.85em;
    }
    .meta {
      margin-top: 0.5em;
      font-size: 0.9em;
    }
    .items {
      list-style: none;
      padding: 0;
    }
    .items > li + li {
      margin-top: 1em;
    }
    .item {
      padding: 0.75em 1em;
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      box-shadow: var(--status-banner-shadow, 0 1px 4px rgb(0 0 0 / 0.18));
    }
    .item > * + * {
      margin-top: 0.4em;
    }
    .state {
      ${stateLabel}
    }
    .impact {
      margin-inline-start: 0.5em;
      font-size: 0.9em;
    }
    .message {
      white-space: pre-line;
    }
    .times {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5em;
      font-size: 0.9em;
    }
    .times dt {
      display: inline;
      font-weight: 600;
    }
    .times dt::after {
      content: ' ';
    }
    .times dd {
      display: inline;
      margin: 0;
    }
    .timeline {
      list-style: none;
      padding-inline-start: 0.75em;
      border-inline-start: 2px solid color-mix(in srgb, currentColor 40%, transparent);
    }
    .timeline > li + li {
      margin-top: 0.4em;
    }
    .timeline time {
      font-weight: 600;
    }
    summary {
      cursor: pointer;
    }
    a,
    summary {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    :focus-visible {
      outline: var(--status-banner-focus-ring, 2px solid var(--_accent));
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .summary,
      .item {
        border: 1px solid CanvasText;
        border-inline-start-width: 4px;
      }
      .state {
        color: CanvasText;
      }
    }
  `,
];
