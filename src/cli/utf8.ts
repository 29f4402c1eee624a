import { InputError } from './errors.js';

export interface DecodedText {
  text: string;
  /** The bytes began with a UTF-8 byte order mark, which the text no longer has. */
  hadBom: boolean;
}

/**
 * Decodes a feed strictly: bytes that are not UTF-8 are refused with where they are, never
 * turned into U+FFFD and written back. A leading byte order mark is accepted and dropped, as the
 * browser's TextDecoder does and as RFC 8259 allows a parser to: the CLI and the banner read the
 * same files.
 */
export function decodeUtf8(name: string, bytes: Uint8Array): DecodedText {
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), hadBom };
  } catch {
    const offset = malformedUtf8Offset(bytes) ?? 0;
    // Always two hex digits: ASCII is always well formed, so the byte is 0x80 or more.
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase();
    throw new InputError(`${name} is not UTF-8 (byte 0x${byte} at offset ${offset}); convert it, e.g. iconv -f ISO-8859-1 -t UTF-8`);
  }
}

/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence, or undefined when
 * all are well formed. The ranges are Unicode's Table 3-7: they exclude overlong forms,
 * surrogates (ED A0–BF) and code points past U+10FFFF.
 */
export function malformedUtf8Offset(bytes: Uint8Array): number | undefined {
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes, offset);
    if (length === 0) return offset;
    offset += length;
  }
  return undefined;
}

/** Multi-byte sequences by lead byte: their length and the range of their second byte; later bytes are 80–BF. */
const SEQUENCES: readonly { leads: [number, number]; length: number; second: [number, number] }[] = [
  { leads: [0xc2, 0xdf], length: 2, second: [0x80, 0xbf] },
  { leads: [0xe0, 0xe0], length: 3, second: [0xa0, 0xbf] },
  { leads: [0xe1, 0xec], length: 3, second: [0x80, 0xbf] },
  { leads: [0xed, 0xed], length: 3, second: [0x80, 0x9f] },
  { leads: [0xee, 0xef], length: 3, second: [0x80, 0xbf] },
  { leads: [0xf0, 0xf0], length: 4, second: [0x90, 0xbf] },
  { leads: [0xf1, 0xf3], length: 4, second: [0x80, 0xbf] },
  { leads: [0xf4, 0xf4], length: 4, second: [0x80, 0x8f] },
];

/** Length of the well-formed sequence at `offset`, or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, offset: number): number {
  const lead = bytes[offset] ?? 0;
  if (lead <= 0x7f) return 1;
  const form = SEQUENCES.find(({ leads }) => lead >= leads[0] && lead <= leads[1]);
  if (!form) return 0;
  const [low, high] = form.second;
  const second = bytes[offset + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let index = 2; index < form.length; index += 1) {
    const next = bytes[offset + index];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return form.length;
}
