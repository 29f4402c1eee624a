// The JSX type of <status-banner> for React 19: copy this file into your project.
// React 19 sets a prop as a property when the element has one (`interval={30}` sets a number), and
// listens to `on<event>` props: `onstatus-banner-show` listens to `status-banner-show`.
import type { StatusBanner, StatusBannerEventMap } from 'status-banner';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type StatusBannerProps = Partial<
  Pick<
    StatusBanner,
    'src' | 'format' | 'interval' | 'locale' | 'position' | 'components' | 'persistent' | 'resolvedFor' | 'maintenanceNotice' | 'preview'
  >
>;

type StatusBannerEvents = {
  [Type in keyof StatusBannerEventMap as `on${Type}`]?: (event: StatusBannerEventMap[Type]) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'status-banner': DetailedHTMLProps<HTMLAttributes<StatusBanner>, StatusBanner> & StatusBannerProps & StatusBannerEvents;
    }
  }
}
