// Provided at build time by vite.config.ts (the element chunk is built first): its file name,
// relative to the loader, and its SHA-384 in SRI form.
declare module 'virtual:status-banner-chunk' {
  export const CHUNK_FILE: string;
  export const CHUNK_INTEGRITY: string;
}
