// For tools that read .ts without Vue support (ESLint's TypeScript); vue-tsc reads App.vue itself.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
