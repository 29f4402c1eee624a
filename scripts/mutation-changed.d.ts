export function filesToMutate(changed: string[], patterns: string[]): string[];
export interface FileScore {
  file: string;
  detected: number;
  valid: number;
  score: number;
}
export function scoresByFile(report: { files: Record<string, { mutants: { status: string }[] }> }): FileScore[];
