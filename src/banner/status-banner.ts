import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { FeedFormat } from '../feed/parse.js';
import type { FeedErrorDetail } from '../feed/errors.js';
import type { StatusModel } from '../feed/model.js';
import { createDismissalStore, type DismissalStore } from '../present/dismissals.js';
import { ATTRIBUTE_DEFAULTS, previewState, type PreviewState } from '../present/attributes.js';
import { previewModel } from '../present/samples.js';
import type { ShownItem } from '../present/select.js';
import { buildView, type BannerView, type ItemView } from '../present/view.js';
import { chooseLocale } from '../i18n/catalog.js';
import { pageStorage } from '../storage.js';
import { FeedController, type FeedSnapshot } from '../ui/feed-controller.js';
import { RefreshController } from '../ui/refresh-controller.js';
import { styles } from './status-banner.styles.js';

let sharedDismissals: DismissalStore | undefined;
/** One store per page, so every banner agrees on what was dismissed. */
const dismissals = () => (sharedDismissals ??= createDismissalStore(pageStorage()));

const ICONS = {
  alert: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
  resolved: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14L6 11.5 7.4 10l3.1 3.1 6.1-6.1L18 8.4z',
  maintenance: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v5.4l3.8 2.2-1 1.7L11 13.6z',
};

function iconFor(view: ItemView): string {
  if (view.impact === 'maintenance') return ICONS.maintenance;
  return view.state === 'resolved' ? ICONS.resolved : ICONS.alert;
}

/**
 * Tells users, inside the product, that something is wrong, what is being done and when it
 * should be fixed, from a status feed it polls.
 *
 * @summary In-product incident banner fed by a static status JSON feed.
 * @tag status-banner
 *
 * @fires {CustomEvent<ShownItem>} status-banner-show - An item became visible.
 * @fires {CustomEvent<ShownItem>} status-banner-dismiss - The user dismissed an item. Cancelable: `preventDefault()` keeps it shown.
 * @fires {CustomEvent<StatusModel>} status-banner-change - A new model from the feed was applied.
 * @fires {CustomEvent<FeedErrorDetail>} status-banner-error - The feed could not be read; the last good state stays.
 *
 * @csspart banner - The banner box.
 * @csspart icon - The impact icon.
 * @csspart title - The incident or maintenance title.
 * @csspart state - The state label (Investigating, Identified…).
 * @csspart message - The newest update's message.
 * @csspart eta - Expected resolution, next update, or maintenance window.
 * @csspart updated - "Updated 5 minutes ago".
 * @csspart link - Link to the incident or its postmortem.
 * @csspart dismiss - The dismiss button.
 * @csspart more - The disclosure listing the other current items.
 *
 * @cssprop --status-banner-background - Banner background.
 * @cssprop --status-banner-color - Text colour.
 * @cssprop --status-banner-accent - Accent (border, icon, state) when no impact-specific accent applies.
 * @cssprop --status-banner-minor-accent - Accent for minor impact.
 * @cssprop --status-banner-major-accent - Accent for major impact.
 * @cssprop --status-banner-critical-accent - Accent for critical impact.
 * @cssprop --status-banner-maintenance-accent - Accent for maintenance.
 * @cssprop --status-banner-resolved-accent - Accent for a resolved notice.
 * @cssprop --status-banner-font-family - Font family.
 * @cssprop --status-banner-font-size - Base font size.
 * @cssprop --status-banner-radius - Corner radius (0 when fixed at top or bottom).
 * @cssprop --status-banner-padding - Inner padding.
 * @cssprop --status-banner-z-index - Stacking order when `position` is `top` or `bottom`.
 * @cssprop --status-banner-max-width - Maximum width of the banner box.
 * @cssprop --status-banner-shadow - Box shadow.
 * @cssprop --status-banner-focus-ring - Outline of focused controls.
 */
export class StatusBanner extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String },
    format: { type: String },
    interval: { type: Number },
    locale: { type: String },
    position: { type: String },
    components: { type: String },
    persistent: { type: Boolean },
    resolvedFor: { type: Number, attribute: 'resolved-for' },
    maintenanceNotice: { type: Number, attribute: 'maintenance-notice' },
    preview: { type: String },
    snapshot: { state: true, attribute: false },
  };

  /** Feed URL, absolute or relative to the page. */
  src: string | null = null;
  /** Feed format; `auto` detects it from the document's shape. */
  format: FeedFormat = 'auto';
  /** Base poll interval in seconds (at least 10); the feed's `poll_interval` may override it. */
  interval: number = ATTRIBUTE_DEFAULTS.interval;
  /** BCP 47 tag for UI strings and dates; defaults to the nearest `lang`, then the browser's language. */
  locale: string | null = null;
  /** `inline` (in flow), `top` or `bottom` (fixed overlay, no layout shift). */
  position: 'inline' | 'top' | 'bottom' = 'inline';
  /** Comma-separated component ids or names to show; empty shows all. */
  components: string | null = null;
  /** When set, the banner cannot be dismissed. */
  persistent = false;
  /** Seconds a resolved notice stays after `resolved_at`; `0` hides it at once. */
  resolvedFor: number = ATTRIBUTE_DEFAULTS.resolvedFor;
  /** Hours before a scheduled maintenance to announce it. */
  maintenanceNotice: number = ATTRIBUTE_DEFAULTS.maintenanceNotice;
  /** Shows a built-in sample state and fetches nothing: `investigating`, `identified`, `monitoring`, `resolved`, `maintenance`. */
  preview: PreviewState | null = null;

  private snapshot: FeedSnapshot | undefined;
  private view: BannerView | undefined;
  private shownKey = '';
  private readonly refresh = new RefreshController(this);

  constructor() {
    super();
    new FeedController(this, {
      // None without `src` or while previewing.
      options: () => (this.src && !this.previewState ? { src: this.src, format: this.format, interval: this.interval } : undefined),
      snapshot: (snapshot) => {
        this.snapshot = snapshot;
        this.emit('status-banner-change', snapshot.model);
      },
      error: (detail) => this.emit('status-banner-error', detail),
    });
  }

  /** The preview state in force: the attribute, else the page URL's `?status-banner-preview=`. */
  private get previewState(): PreviewState | undefined {
    // `location` and `navigator` are absent outside browsers (server-side rendering, Node), whatever lib.dom says.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return previewState(this.preview, globalThis.location?.search);
  }

  private get resolvedLocale(): string {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- no `navigator` outside browsers
    return chooseLocale(this.locale, this.closest('[lang]')?.getAttribute('lang'), globalThis.navigator?.language);
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const preview = this.previewState;
    const now = Date.now() + (this.snapshot?.clockOffset ?? 0);
    const model: StatusModel | undefined = preview ? previewModel(preview, now) : this.snapshot?.model;
    if (!model) {
      this.view = undefined;
      this.refresh.refreshIn(undefined);
      return;
    }
    this.view = buildView(model, {
      now,
      locale: this.resolvedLocale,
      resolvedFor: this.resolvedFor,
      maintenanceNotice: this.maintenanceNotice,
      components: (this.components ?? '').split(','),
      isDismissed: (item) => dismissals().isDismissed(item),
    });
    this.refresh.refreshIn(this.view.refreshIn);
  }

  protected override updated(): void {
    const primary = this.view?.primary;
    this.toggleAttribute('data-impact', !!primary);
    this.toggleAttribute('data-state', !!primary);
    if (primary) {
      this.setAttribute('data-impact', primary.impact);
      this.setAttribute('data-state', primary.state);
    }
    const key = primary?.item.key ?? '';
    if (key !== this.shownKey) {
      this.shownKey = key;
      if (primary) this.emit('status-banner-show', primary.item);
    }
  }

  /** Hides the item shown now and remembers it until it changes. Returns false when a listener cancelled it. */
  dismiss(): boolean {
    const item = this.view?.primary?.item;
    if (!item || this.persistent) return false;
    if (!this.emit('status-banner-dismiss', item, true)) return false;
    dismissals().dismiss(item);
    this.requestUpdate();
    return true;
  }

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.dismiss()) event.stopPropagation();
  }

  protected override render() {
    const primary = this.view?.primary;
    return html`<div role=${primary?.impact === 'critical' ? 'alert' : 'status'} @keydown=${this.onKeydown}>
      ${primary && this.view ? this.renderBanner(primary, this.view) : nothing}
    </div>`;
  }

  private renderBanner(item: ItemView, view: BannerView) {
    return html`<section part="banner" aria-label=${item.title}>
      <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path fill-rule="evenodd" d=${iconFor(item)}></path></svg>
      <div class="body">
        <p><span part="title">${item.title}</span><span part="state">${item.stateLabel}</span></p>
        ${item.message ? html`<p part="message">${item.message}</p>` : nothing}
        ${item.eta || item.updated ? html`<p class="meta">${this.renderTimes(item)}</p>` : nothing}
        ${item.link || view.others.length ? html`<div class="actions">${this.renderLink(item)}${this.renderMore(view)}</div>` : nothing}
      </div>
      ${this.persistent ? nothing : this.renderDismiss(view)}
    </section>`;
  }

  private renderTimes(item: ItemView) {
    return html`${item.eta ? html`<span part="eta">${item.eta}</span>` : nothing}${
      item.updated ? html`<span part="updated">${item.updated}</span>` : nothing
    }`;
  }

  private renderLink({ link }: ItemView) {
    return link ? html`<a part="link" href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>` : nothing;
  }

  private renderMore({ others, moreLabel }: BannerView) {
    if (!others.length) return nothing;
    return html`<details part="more">
      <summary>${moreLabel}</summary>
      <ul>
        ${others.map((other) => html`<li>${other.title} (${other.stateLabel})${other.eta ? ` ${other.eta}` : ''}</li>`)}
      </ul>
    </details>`;
  }

  private renderDismiss({ dismissLabel }: BannerView) {
    return html`<button part="dismiss" type="button" aria-label=${dismissLabel} title=${dismissLabel} @click=${() => this.dismiss()}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.5"></path></svg>
    </button>`;
  }
}

/**
 * The element's events and their `detail`, also merged into `HTMLElementEventMap`: with it,
 * `banner.addEventListener('status-banner-error', (event) => event.detail.kind)` is typed. In
 * frameworks that type custom events as `any` (Angular), name a handler's parameter with it:
 * `StatusBannerEventMap['status-banner-error']`.
 */
export interface StatusBannerEventMap {
  'status-banner-show': CustomEvent<ShownItem>;
  'status-banner-dismiss': CustomEvent<ShownItem>;
  'status-banner-change': CustomEvent<StatusModel>;
  'status-banner-error': CustomEvent<FeedErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'status-banner': StatusBanner;
  }
  interface HTMLElementEventMap extends StatusBannerEventMap {}
}
