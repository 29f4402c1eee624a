// Svelte 5 reads `<script lang="ts">` without a preprocessor; this file only stops svelte-check
// from picking up the repository's own vite.config.ts. In an app, keep your usual config.
export default {};
