// Template types of <status-banner> for Vue 3 and vue-tsc: copy this file into your project.
// Vue binds `:interval="30"` as a property when the element has one, and `@status-banner-show`
// listens to the `status-banner-show` event (written `onStatusBannerShow` as a prop).
import type { StatusBanner, StatusBannerEventMap } from 'status-banner';
import type { DefineComponent } from 'vue';

type StatusBannerProps = Partial<
  Pick<
    StatusBanner,
    'src' | 'format' | 'interval' | 'locale' | 'position' | 'components' | 'persistent' | 'resolvedFor' | 'maintenanceNotice' | 'preview'
  >
>;

type Camelize<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelize<Tail>>}` : Name;

type StatusBannerEvents = {
  [Type in keyof StatusBannerEventMap as `on${Capitalize<Camelize<Type>>}`]?: (event: StatusBannerEventMap[Type]) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'status-banner': DefineComponent<StatusBannerProps & StatusBannerEvents>;
  }
}
