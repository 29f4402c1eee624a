// Template types of <status-banner> for Svelte 5 and svelte-check: copy this file into your project.
// Svelte sets `interval={30}` as a property when the element has one, and `onstatus-banner-show`
// listens to the `status-banner-show` event (event attributes are case-sensitive).
import type { StatusBanner, StatusBannerEventMap } from 'status-banner';
import type { HTMLAttributes } from 'svelte/elements';

type StatusBannerProps = Partial<
  Pick<
    StatusBanner,
    'src' | 'format' | 'interval' | 'locale' | 'position' | 'components' | 'persistent' | 'resolvedFor' | 'maintenanceNotice' | 'preview'
  >
>;

type StatusBannerEvents = {
  [Type in keyof StatusBannerEventMap as `on${Type}`]?: (event: StatusBannerEventMap[Type]) => void;
};

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'status-banner': HTMLAttributes<StatusBanner> & StatusBannerProps & StatusBannerEvents;
  }
}
