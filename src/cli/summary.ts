import type { FeedText } from '../feed/schema.js';
import { operatorText } from './localized-text.js';

/** One line, quoted, shortened: enough for the operator to recognise a text in a summary. */
export function quote(text: FeedText, max = 60): string {
  const plain = operatorText(text);
  return JSON.stringify(plain.length > max ? `${plain.slice(0, max - 1)}…` : plain);
}

/** `head: part; part`, with only the parts that apply: the one-line summary every write prints. */
export function summaryLine(head: string, ...parts: (string | false | undefined)[]): string {
  const details = parts.filter(Boolean);
  return details.length ? `${head}: ${details.join('; ')}` : head;
}
