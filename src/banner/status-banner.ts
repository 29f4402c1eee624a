import { html, nothing, type PropertyValues } from 'lit';
import type { FeedErrorDetail } from '../feed/errors.js';
import type { StatusModel } from '../feed/model.js';
import { createDismissalStore, type DismissalStore } from '../present/dismissals.js';
import { ATTRIBUTE_DEFAULTS, previewState, type PreviewState } from '../present/attributes.js';
import { previewModel } from '../present/samples.js';
import type { ShownItem } from '../present/select.js';
import { blockSize, resolveLayout, resolveScheme, type Layout, type Position, type Scheme } from '../present/appearance.js';
import { RESERVED, reservedHeightKey, saveReservedHeight } from '../present/reserved-height.js';
import { frontOf, revision, type Front } from '../present/front.js';
import { buildView, type BannerView, type ItemView } from '../present/view.js';
import { chooseLocale } from '../i18n/catalog.js';
import { pageStorage } from '../storage.js';
import type { PollOptions } from '../poll/feed-source.js';
import type { FeedSnapshot } from '../ui/feed-controller.js';
import { FeedElement } from '../ui/feed-element.js';
import { RefreshController } from '../ui/refresh-controller.js';
import { styles } from './status-banner.styles.js';

const dismissalStores = new Map<string, DismissalStore>();
/**
 * One store per feed and page, so every banner showing a feed agrees on what was dismissed. Without
 * a feed (`''`: a preview, an unusable `src`) dismissals are kept in memory only: a reload shows the sample again.
 */
function dismissalsOf(feed: string): DismissalStore {
  let store = dismissalStores.get(feed);
  if (!store) dismissalStores.set(feed, (store = createDismissalStore(feed ? pageStorage() : undefined, feed)));
  return store;
}

/** One shape per severity, so that it reads without colour: a stop sign, a warning triangle, a calm circle. */
const CIRCLE = 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z';
/** The exclamation mark of the stop sign and the circle. */
const MARK = 'M11 7h2v6h-2zm0 8h2v2h-2z';
const ICONS: Partial<Record<string, string>> = {
  critical: `M7.86 2h8.28L22 7.86v8.28L16.14 22H7.86L2 16.14V7.86z${MARK}`,
  major: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
  maintenance: `${CIRCLE}m-1 5h2v5.4l3.8 2.2-1 1.7L11 13.6z`,
  resolved: `${CIRCLE}m-1.5 14L6 11.5 7.4 10l3.1 3.1 6.1-6.1L18 8.4z`,
};

function iconFor(view: ItemView): string {
  // Minor and no impact share the calm circle.
  return ICONS[view.state === 'resolved' ? 'resolved' : view.impact] ?? CIRCLE + MARK;
}

const BLOCK_SIZE = '--status-banner-block-size';

/**
 * Tells users, inside the product, that something is wrong, what is being done and when it
 * should be fixed, from a status feed it polls. The host carries, for styling, `data-impact` and
 * `data-state` of the item in front (absent when nothing shows) and `data-scheme` (`light` or
 * `dark`, the colour scheme in force; see docs/appearance.md).
 *
 * @summary In-product incident banner fed by a static status JSON feed.
 * @tag status-banner
 *
 * @fires {CustomEvent<ShownItem>} status-banner-show - An item became visible (arrived in front, or was brought there).
 * @fires {CustomEvent<ShownItem>} status-banner-dismiss - The user dismissed an item. Cancelable: `preventDefault()` keeps it shown.
 * @fires {CustomEvent<StatusModel>} status-banner-change - A new model from the feed was applied.
 * @fires {CustomEvent<FeedErrorDetail>} status-banner-error - The feed could not be read; the last good state stays.
 *
 * @csspart banner - The banner box.
 * @csspart icon - The impact icon.
 * @csspart title - The incident or maintenance title.
 * @csspart state - The state label (Investigating, Identified…; "Current status" for a page-wide notice).
 * @csspart message - The newest update's message.
 * @csspart eta - Expected resolution, next update, or the maintenance window (start and end, or end); in the bar, also its short time.
 * @csspart updated - How old the message is ("Updated 5 minutes ago."), or with no dated update when the incident started.
 * @csspart link - Link to the incident or its postmortem.
 * @csspart dismiss - The dismiss button.
 * @csspart more - "1 of 3" with the buttons that bring the previous or next current item to the front.
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
 * @cssprop --status-banner-radius - Corner radius (0 at the top or bottom).
 * @cssprop --status-banner-padding - Inner padding.
 * @cssprop --status-banner-z-index - Stacking order when `position` is `top` or `bottom`.
 * @cssprop --status-banner-block-size - Set by the banner on the document root while it is at the top or bottom: its height (`0px` when it shows nothing), for fixed headers and footers to make room.
 * @cssprop --status-banner-max-width - Maximum width of the banner box.
 * @cssprop --status-banner-shadow - Box shadow.
 * @cssprop --status-banner-focus-ring - Outline of focused controls.
 */
export class StatusBanner extends FeedElement {
  static override styles = styles;

  // `src`, `format`, `interval` and `locale` are FeedElement's.
  static override properties = {
    position: { type: String },
    overlay: { type: Boolean },
    layout: { type: String },
    theme: { type: String },
    components: { type: String },
    persistent: { type: Boolean },
    resolvedFor: { type: Number, attribute: 'resolved-for' },
    maintenanceNotice: { type: Number, attribute: 'maintenance-notice' },
    preview: { type: String },
  };

  /** `inline` (in flow), `top` (in flow at the top of its container, staying in view; the page moves down) or `bottom` (fixed). */
  position: Position = 'inline';
  /** With `position="top"`: float over the page, fixed, instead of taking space (the page is not moved, and is covered). */
  overlay = false;
  /** `auto` (a bar at the top or bottom, a card inline), `bar` (one line, details behind a disclosure) or `card`. */
  layout: 'auto' | Layout = 'auto';
  /** `auto` (the host's `color-scheme`, then the reader's preference), `light` or `dark`. */
  theme: 'auto' | Scheme = 'auto';
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

  private view: BannerView | undefined;
  private front: Front | undefined;
  /** The item the user brought to the front, by key; the most important one when unset or gone. */
  private frontKey: string | undefined;
  /** Revisions (see `revision`) of the items whose details the user opened in the bar. */
  private readonly opened = new Set<string>();
  /** Whether the banner box, when it next appears, slides in: only once the page has been painted without it. */
  private slideIn = false;
  private shownKey = '';
  /** The sample a preview shows, built once per state. */
  private sample: { state: PreviewState; model: StatusModel } | undefined;
  /** Whether this banner set the document's block size, so only it removes it. */
  private sized = false;
  private darkQuery: MediaQueryList | undefined;
  private observers: (ResizeObserver | MutationObserver)[] = [];
  private readonly refresh = new RefreshController(this);

  /** None while previewing: a preview fetches nothing. */
  protected override feedOptions(): PollOptions | undefined {
    return this.previewState ? undefined : super.feedOptions();
  }

  protected override feedRead(snapshot: FeedSnapshot): void {
    this.emit('status-banner-change', snapshot.model);
  }

  protected override feedFailed(detail: FeedErrorDetail): void {
    // A feed that fails leaves nothing to hold a place for.
    if (!this.snapshot) this.release();
    this.emit('status-banner-error', detail);
  }

  /** The preview state in force: the attribute, else the page URL's `?status-banner-preview=`. */
  private get previewState(): PreviewState | undefined {
    // `location` and `navigator` are absent outside browsers (server-side rendering, Node), whatever lib.dom says.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return previewState(this.preview, globalThis.location?.search);
  }

  /** The dismissals of the feed shown, named by its absolute URL as the poller reads it; a preview's stay in memory. */
  private get dismissals(): DismissalStore {
    let feed = '';
    try {
      if (this.src && !this.previewState) feed = new URL(this.src, document.baseURI).href;
    } catch {
      // An unusable `src` shows nothing; its dismissals, if any, stay in memory.
    }
    return dismissalsOf(feed);
  }

  private get resolvedLocale(): string {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- no `navigator` outside browsers
    return chooseLocale(this.locale, this.closest('[lang]')?.getAttribute('lang'), globalThis.navigator?.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Created here rather than in the constructor: server-side rendering constructs elements but never connects them.
    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.darkQuery.addEventListener('change', this.syncScheme);
    // A host that switches its theme changes a class or style on <html> or <body>, and with it the computed `color-scheme`.
    const hostTheme = new MutationObserver(this.syncScheme);
    // lib.dom types `body` as always there; it is null in a document without one (an element put in <head> by script, early).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    for (const root of [document.documentElement, document.body]) if (root) hostTheme.observe(root, { attributes: true });
    const size = new ResizeObserver(() => this.syncBlockSize());
    size.observe(this);
    this.observers = [hostTheme, size];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.syncScheme);
    for (const observer of this.observers) observer.disconnect();
    if (this.sized) document.documentElement.style.removeProperty(BLOCK_SIZE);
    this.sized = false;
  }

  /** The scheme in force, as `data-scheme` on the host, which the palette keys on. */
  private readonly syncScheme = () => {
    this.setAttribute('data-scheme', resolveScheme(this.theme, getComputedStyle(this).colorScheme, !!this.darkQuery?.matches));
  };

  private syncBlockSize(): void {
    const { height } = this.getBoundingClientRect();
    const value = blockSize(this.position, height);
    const root = document.documentElement.style;
    if (value !== undefined) root.setProperty(BLOCK_SIZE, value);
    else if (this.sized) root.removeProperty(BLOCK_SIZE);
    this.sized = value !== undefined;
    // Kept for the next page load's loader, which holds this height open until the banner arrives.
    const key = this.src && this.front && !this.hasAttribute(RESERVED) ? this.heightKey : undefined;
    if (key) saveReservedHeight(pageStorage(), key, height);
  }

  /** Where this banner's height is kept between page loads; undefined for an overlay. */
  private get heightKey(): string | undefined {
    try {
      return this.src ? reservedHeightKey(new URL(this.src, document.baseURI).href, this.position, this.layout, this.overlay) : undefined;
    } catch {
      // An unusable src is reported by the feed controller; there is no place to keep.
      return undefined;
    }
  }

  /** Lets go of the height the loader held open: the banner (or nothing) takes its place now. */
  private release(): void {
    if (!this.hasAttribute(RESERVED)) return;
    this.removeAttribute(RESERVED);
    this.style.removeProperty('display');
    this.style.removeProperty('min-height');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const preview = this.previewState;
    const now = Date.now() + (this.snapshot?.clockOffset ?? 0);
    // One sample per preview state: rebuilt at every update, its times (relative to now) would grow, and a dismissed
    // sample would come straight back as news.
    if (preview && this.sample?.state !== preview) this.sample = { state: preview, model: previewModel(preview, now) };
    const model: StatusModel | undefined = preview ? this.sample?.model : this.snapshot?.model;
    const locale = this.resolvedLocale;
    const { dismissals } = this;
    this.view = model
      ? buildView(model, {
          now,
          locale,
          resolvedFor: this.resolvedFor,
          maintenanceNotice: this.maintenanceNotice,
          components: (this.components ?? '').split(','),
          isDismissed: (item) => dismissals.isDismissed(item),
        })
      : undefined;
    const front = this.view && frontOf(this.view, this.frontKey, { now, locale });
    // Appearing before the first paint (from stored state), the banner is simply there; later, it slides in.
    // In a place the loader held open, it is simply there too.
    if (front && !this.front) this.slideIn = performance.getEntriesByType('paint').length > 0 && !this.hasAttribute(RESERVED);
    this.front = front;
    this.refresh.refreshIn(this.view?.refreshIn);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const shown = this.front?.shown;
    this.toggleAttribute('data-impact', !!shown);
    // No state for a page-wide notice: its page gave none, so the attribute claims none either.
    this.toggleAttribute('data-state', !!shown?.state);
    if (shown) this.setAttribute('data-impact', shown.impact);
    if (shown?.state) this.setAttribute('data-state', shown.state);
    this.syncScheme();
    // The place held open by the loader goes once the feed's state is drawn (a banner, or nothing).
    if (this.snapshot || this.previewState) this.release();
    if (changed.has('position')) this.syncBlockSize();
    const key = shown?.item.key ?? '';
    if (key !== this.shownKey) {
      this.shownKey = key;
      if (shown) this.emit('status-banner-show', shown.item);
    }
  }

  /** Hides the item in front and remembers it until it changes; the next one takes its place. Returns false when a listener cancelled it. */
  dismiss(): boolean {
    const front = this.front;
    if (!front || this.persistent) return false;
    const { item } = front.shown;
    if (!this.emit('status-banner-dismiss', item, true)) return false;
    this.dismissals.dismiss(item);
    this.bringToFront(front.next);
    return true;
  }

  private bringToFront(key: string): void {
    this.frontKey = key;
    this.requestUpdate();
  }

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.dismiss()) event.stopPropagation();
  }

  protected override render() {
    const { front, view } = this;
    return html`<div role=${front?.shown.impact === 'critical' ? 'alert' : 'status'} @keydown=${this.onKeydown}>
      ${front && view ? this.renderBanner(front, view) : nothing}
    </div>`;
  }

  /**
   * One template for both layouts. The card shows everything: a title line, the message, then one
   * muted line of times and actions. The bar keeps one line (title, state, a short time, actions)
   * and puts the message and full times behind the title, a disclosure button.
   */
  private renderBanner(front: Front, view: BannerView) {
    const { shown: item } = front;
    const bar = resolveLayout(this.layout, this.position) === 'bar';
    const times = [
      item.eta ? html`<span part="eta">${item.eta}</span>` : nothing,
      item.updated ? html`<span part="updated">${item.updated}</span>` : nothing,
    ];
    const actions = [this.renderLink(item), this.renderPager(front)];
    const hasDetails = !!(item.message || item.eta || item.updated);
    const id = revision(item.item);
    const open = !bar || this.opened.has(id);
    const title = html`<span part="title">${item.title}</span>`;
    return html`<section part="banner" class="${bar ? 'bar' : 'card'} ${this.slideIn ? 'in' : ''}" aria-label=${item.title}>
      <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path fill-rule="evenodd" d=${iconFor(item)}></path></svg>
      <div class="body">
        <p class="head">
          ${
            bar && hasDetails
              ? html`<button class="toggle" type="button" aria-expanded=${open} aria-controls="details" @click=${() => this.toggle(id)}>
                  ${title}
                </button>`
              : title
          }<span part="state">${item.stateLabel}</span>${
            bar ? [front.brief ? html`<span part="eta">${front.brief}</span>` : nothing, actions] : nothing
          }
        </p>
        <div id="details" ?hidden=${!open}>
          ${item.message ? html`<p part="message">${item.message}</p>` : nothing}
          <p class="meta">${times}${bar ? nothing : actions}</p>
        </div>
      </div>
      ${this.persistent ? nothing : this.renderDismiss(view)}
    </section>`;
  }

  private toggle(id: string): void {
    if (!this.opened.delete(id)) this.opened.add(id);
    this.requestUpdate();
  }

  private renderLink({ link }: ItemView) {
    return link ? html`<a part="link" href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>` : nothing;
  }

  /** "‹ 1 of 3 ›": the arrows are bidi-mirrored characters, so they point the right way in right-to-left pages too. */
  private renderPager({ position, previous, next, previousLabel, nextLabel }: Front) {
    if (!position) return nothing;
    return html`<span part="more">
      <button type="button" aria-label=${previousLabel} title=${previousLabel} @click=${() => this.bringToFront(previous)}>‹</button
      >${position}<button type="button" aria-label=${nextLabel} title=${nextLabel} @click=${() => this.bringToFront(next)}>›</button>
    </span>`;
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
