import { css } from 'lit';
import { paletteStyles, stateLabel } from '../ui/palette.js';

export const styles = [
  paletteStyles(
    (name, value) => `:host([data-${name}='${value}'])`,
    // The element decides the scheme for its host (see resolveScheme), not the media query alone.
    (declarations) => `:host([data-scheme='dark']){${declarations}}`,
  ),
  css`
    :host {
      --_radius: var(--status-banner-radius, 6px);
      /* A line of the bar: its text, or its 24 px controls, whichever is taller. */
      --_line: max(24px, 1.45em);
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
    /* In the flow at the top: the page moves down instead of being covered, and the banner stays in view. */
    :host([position='top']:not([overlay])) {
      position: sticky;
    }
    :host([position='top']) {
      top: 0;
      --_from: -100%;
    }
    :host([position='bottom']) {
      bottom: 0;
      --_from: 100%;
    }

    [part='banner'] {
      --_muted: color-mix(in srgb, var(--_fg) 78%, var(--_bg));
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
      overflow-wrap: anywhere;
    }
    .bar {
      padding: var(--status-banner-padding, 0.375em 1em);
    }
    /* Movement only: fading would lower text contrast while it runs. From off the edge at the top or bottom. */
    .in {
      animation: status-banner-in 200ms ease-out;
    }
    @keyframes status-banner-in {
      from {
        transform: translateY(var(--_from, -6px));
      }
    }
    [part='icon'] {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin-top: 0.1em;
      color: var(--_accent);
    }
    .bar [part='icon'] {
      margin-top: calc((var(--_line) - 1.25em) / 2);
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    p {
      margin: 0;
    }
    .body > * + *,
    #details > * + * {
      margin-top: 0.25em;
    }
    /* Lines of pieces that wrap as wholes, on one baseline, with no gap left at the start of a line. */
    .head,
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.5em;
    }
    .bar .head {
      column-gap: 0.75em;
    }
    .meta {
      column-gap: 1em;
      font-size: 0.9em;
      color: var(--_muted);
    }
    [part='title'] {
      font-weight: 600;
    }
    [part='state'] {
      ${stateLabel}
      margin: 0;
    }
    /* A critical incident still open (a resolved one is calm again). Written out, not interpolated: the build's CSS minifier cannot read a css template that holds a lone selector. */
    :host([data-impact='critical']:not([data-state='resolved'])) [part='banner'] {
      border: 1px solid var(--_accent);
      border-inline-start-width: 4px;
    }
    /* Critical fills its label, major outlines it, minor drops the outline: severity without reading colour. */
    :host([data-impact='critical']:not([data-state='resolved'])) [part='state'] {
      background: var(--_accent);
      color: var(--_bg);
    }
    :host([data-impact='minor']) [part='state'] {
      border-color: transparent;
    }
    [part='message'] {
      white-space: pre-line;
    }
    a {
      color: inherit;
      text-underline-offset: 0.15em;
    }
    button {
      display: inline-grid;
      place-items: center;
      min-width: 24px;
      min-height: 24px;
      padding: 0;
      border: 0;
      border-radius: 4px;
      background: transparent;
      color: inherit;
      font: inherit;
      line-height: 1;
      cursor: pointer;
    }
    button:hover {
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      line-height: inherit;
      text-align: start;
    }
    /* A chevron drawn with borders, so that forced colours draw it too. */
    .toggle::after {
      content: '';
      flex: none;
      width: 0.4em;
      height: 0.4em;
      margin-inline-end: 0.2em;
      border: solid;
      border-width: 0 2px 2px 0;
      transform: translateY(-0.15em) rotate(45deg);
    }
    .toggle[aria-expanded='true']::after {
      transform: translateY(0.1em) rotate(-135deg);
    }
    [part='more'] {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      white-space: nowrap;
    }
    [part='dismiss'] {
      flex: none;
      padding: 0.2em;
      /* Logical, so the outward nudge mirrors on right-to-left pages. */
      margin-block-start: -0.2em;
      margin-inline-end: -0.4em;
    }
    .bar [part='dismiss'] {
      margin-block-start: calc((var(--_line) - max(24px, 1.4em)) / 2);
    }
    [part='dismiss'] svg {
      width: 1em;
      height: 1em;
    }
    :focus-visible {
      outline: var(--status-banner-focus-ring, 2px solid var(--_accent));
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      .in {
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
      /* System colours, so the critical label stays filled where forced colours would drop its fill. */
      :host([data-impact='critical']:not([data-state='resolved'])) [part='state'] {
        forced-color-adjust: none;
        background: CanvasText;
        color: Canvas;
      }
      button:not(.toggle) {
        border: 1px solid ButtonText;
        color: ButtonText;
      }
    }
  `,
];
