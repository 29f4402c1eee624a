import { css } from 'lit';
import { paletteStyles, stateLabel } from '../ui/palette.js';

export const styles = [
  paletteStyles(':host', (name, value) => `:host([data-${name}='${value}'])`),
  css`
    :host {
      --_radius: var(--status-banner-radius, 6px);
      display: block;
      font-family: var(--status-banner-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--status-banner-font-size, 0.9375rem);
      line-height: 1.45;
    }
    :host([position='top']),
    :host([position='bottom']) {
      position: fixed;
      inset-inline: 0;
      z-index: var(--status-banner-z-index, 2147483000);
      --_radius: var(--status-banner-radius, 0);
    }
    :host([position='top']) {
      top: 0;
    }
    :host([position='bottom']) {
      bottom: 0;
    }

    [part='banner'] {
      box-sizing: border-box;
      display: flex;
      align-items: flex-start;
      gap: 0.75em;
      max-width: var(--status-banner-max-width, none);
      margin-inline: auto;
      padding: var(--status-banner-padding, 0.75em 1em);
      background: var(--_bg);
      color: var(--_fg);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      box-shadow: var(--status-banner-shadow, 0 1px 4px rgb(0 0 0 / 0.18));
      animation: status-banner-in 180ms ease-out;
      overflow-wrap: anywhere;
    }
    /* Movement only: fading would lower text contrast while it runs. */
    @keyframes status-banner-in {
      from {
        transform: translateY(-6px);
      }
    }
    [part='icon'] {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin-top: 0.1em;
      color: var(--_accent);
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    .body > * {
      margin: 0;
    }
    .body > * + * {
      margin-top: 0.25em;
    }
    [part='title'] {
      font-weight: 600;
    }
    [part='state'] {
      ${stateLabel}
    }
    [part='message'] {
      white-space: pre-line;
    }
    /* Items wrap as wholes, with no separator left dangling at the start of a line. */
    .meta {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1em;
      font-size: 0.9em;
    }
    a,
    summary {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    [part='more'] ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
    [part='dismiss'] {
      flex: none;
      display: inline-grid;
      place-items: center;
      min-width: 24px;
      min-height: 24px;
      padding: 0.2em;
      /* Logical, so the outward nudge mirrors on right-to-left pages. */
      margin-block-start: -0.2em;
      margin-inline-end: -0.4em;
      border: 0;
      border-radius: 4px;
      background: transparent;
      color: inherit;
      font: inherit;
      line-height: 1;
      cursor: pointer;
    }
    [part='dismiss'] svg {
      width: 1em;
      height: 1em;
    }
    [part='dismiss']:hover {
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    :focus-visible {
      outline: var(--status-banner-focus-ring, 2px solid var(--_accent));
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      [part='banner'] {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      [part='banner'] {
        border: 1px solid CanvasText;
        border-inline-start-width: 4px;
      }
      [part='icon'],
      [part='state'] {
        color: CanvasText;
        forced-color-adjust: auto;
      }
      [part='dismiss'] {
        border: 1px solid ButtonText;
        color: ButtonText;
      }
    }
  `,
];
