import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tell Vue's template compiler that <status-banner> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'status-banner' } },
    }),
  ],
});
