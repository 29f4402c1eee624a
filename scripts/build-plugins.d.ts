import type { Plugin } from 'vite';

export const ELEMENT_CHUNK_NAMES: string;
export function asciiOnly(text: string, options?: { json?: boolean }): string;
export function minifyTemplates(): Plugin;
export function asciiOutput(): Plugin;
export function removeOlderElementChunks(): Plugin;
export function loaderRegistry(): Plugin;
export function elementChunkReference(distDir: string): Plugin;
