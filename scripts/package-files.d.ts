export interface PackedFile {
  path: string;
  size: number;
}
export interface PackedSizes {
  packedSize: number;
  unpackedSize: number;
}
export function promisedFiles(manifest: Record<string, unknown>): string[];
export function buildStaleness(root: string): string | null;
export const ALLOWED: RegExp[];
export const DENIED: [RegExp, string][];
export const MAX_PACKED_BYTES: number;
export const MAX_UNPACKED_BYTES: number;
export function fileListProblems(manifest: Record<string, unknown>, files: PackedFile[], sizes: PackedSizes): string[];
export function kib(bytes: number): string;
export function formatFileList(files: PackedFile[], sizes: PackedSizes): string;
