import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/errors.js';
import { decodeUtf8, malformedUtf8Offset } from '../../../src/cli/utf8.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('malformedUtf8Offset', () => {
  it.each([
    ['empty', bytes()],
    ['ASCII up to 7F', bytes(0x41, 0x7f)],
    ['2 bytes, lowest (C2 80)', bytes(0xc2, 0x80)],
    ['2 bytes, highest (DF BF)', bytes(0xdf, 0xbf)],
    ['3 bytes after E0 from A0', bytes(0xe0, 0xa0, 0x80)],
    ['3 bytes after E0 up to BF', bytes(0xe0, 0xbf, 0xbf)],
    ['3 bytes after E1', bytes(0xe1, 0x80, 0x80)],
    ['3 bytes after EC', bytes(0xec, 0xbf, 0xbf)],
    ['3 bytes after ED up to 9F', bytes(0xed, 0x9f, 0xbf)],
    ['3 bytes after EE', bytes(0xee, 0x80, 0x80)],
    ['3 bytes after EF (the BOM)', bytes(0xef, 0xbb, 0xbf)],
    ['4 bytes after F0 from 90', bytes(0xf0, 0x90, 0x80, 0x80)],
    ['4 bytes after F0 up to BF', bytes(0xf0, 0xbf, 0xbf, 0xbf)],
    ['4 bytes after F1', bytes(0xf1, 0x80, 0x80, 0x80)],
    ['4 bytes after F3', bytes(0xf3, 0xbf, 0xbf, 0xbf)],
    ['4 bytes after F4 up to 8F (U+10FFFF)', bytes(0xf4, 0x8f, 0xbf, 0xbf)],
    ['é in a word', new TextEncoder().encode('Café ☕ 😀')],
  ])('%s is well formed', (_case, input) => {
    expect(malformedUtf8Offset(input)).toBeUndefined();
  });

  it.each([
    ['a Latin-1 é after ASCII', 3, bytes(0x43, 0x61, 0x66, 0xe9)],
    ['a lone continuation byte', 1, bytes(0x41, 0x80)],
    ['C0, an overlong lead', 0, bytes(0xc0, 0x80)],
    ['C1, an overlong lead', 0, bytes(0xc1, 0xbf)],
    ['C2 followed by ASCII', 0, bytes(0xc2, 0x41)],
    ['C2 followed by C0', 0, bytes(0xc2, 0xc0)],
    ['E0 80, overlong', 0, bytes(0xe0, 0x80, 0x80)],
    ['E0 9F, overlong', 0, bytes(0xe0, 0x9f, 0xbf)],
    ['ED A0, a surrogate', 0, bytes(0xed, 0xa0, 0x80)],
    ['E1 with a bad third byte', 0, bytes(0xe1, 0x80, 0x41)],
    ['E1 with a third byte past BF', 0, bytes(0xe1, 0x80, 0xc0)],
    ['F0 8F, overlong', 0, bytes(0xf0, 0x8f, 0xbf, 0xbf)],
    ['F0 C0', 0, bytes(0xf0, 0xc0, 0x80, 0x80)],
    ['F4 90, past U+10FFFF', 0, bytes(0xf4, 0x90, 0x80, 0x80)],
    ['E1 followed by ASCII', 0, bytes(0xe1, 0x41, 0x80)],
    ['EC followed by C0', 0, bytes(0xec, 0xc0, 0x80)],
    ['EE followed by ASCII', 0, bytes(0xee, 0x41, 0x80)],
    ['EF followed by C0', 0, bytes(0xef, 0xc0, 0x80)],
    ['F1 followed by ASCII', 0, bytes(0xf1, 0x41, 0x80, 0x80)],
    ['F3 followed by C0', 0, bytes(0xf3, 0xc0, 0x80, 0x80)],
    ['ED followed by ASCII', 0, bytes(0xed, 0x7f, 0x80)],
    ['F0 followed by C0', 0, bytes(0xf0, 0xc0, 0x80, 0x80)],
    ['F5, no such lead', 0, bytes(0xf5, 0x80, 0x80, 0x80)],
    ['FF', 2, bytes(0x41, 0x42, 0xff)],
    ['a 4-byte sequence with a bad last byte', 0, bytes(0xf1, 0x80, 0x80, 0x7f)],
    ['a sequence cut short by the end', 1, bytes(0x41, 0xe2, 0x82)],
    ['a lead byte alone at the end', 1, bytes(0x41, 0xc3)],
    ['the second bad byte after a good sequence', 2, bytes(0xc3, 0xa9, 0xe9)],
  ])('%s is malformed at offset %i', (_case, offset, input) => {
    expect(malformedUtf8Offset(input)).toBe(offset);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 without a byte order mark', () => {
    expect(decodeUtf8('status.json', new TextEncoder().encode('{"a":"é"}'))).toEqual({ text: '{"a":"é"}', hadBom: false });
  });

  it('drops a leading byte order mark and says it was there', () => {
    expect(decodeUtf8('status.json', bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ text: '{}', hadBom: true });
  });

  it.each([
    ['U+FEFE, one byte off in the third place', [0xef, 0xbb, 0xbe], '\uFEFE'],
    ['U+FFFF, one byte off in the second place', [0xef, 0xbf, 0xbf], '\uFFFF'],
    ['U+1EFF, one byte off in the first place', [0xe1, 0xbb, 0xbf], '\u1EFF'],
  ])('does not take %s for a byte order mark', (_case, start, text) => {
    expect(decodeUtf8('status.json', bytes(...start))).toEqual({ text, hadBom: false });
  });

  it('keeps a byte order mark that is not at the start, as text', () => {
    expect(decodeUtf8('status.json', bytes(0x20, 0xef, 0xbb, 0xbf))).toEqual({ text: ' \uFEFF', hadBom: false });
  });

  it('refuses Latin-1, naming the file, the byte and its offset', () => {
    expect(() => decodeUtf8('status.json', bytes(0x7b, 0x22, 0x43, 0x61, 0x66, 0xe9, 0x22, 0x7d))).toThrow(
      new InputError('status.json is not UTF-8 (byte 0xE9 at offset 5); convert it, e.g. iconv -f ISO-8859-1 -t UTF-8'),
    );
  });

  it('names a single-digit byte with two hex digits', () => {
    expect(() => decodeUtf8('feed.json', bytes(0x41, 0xc2, 0x0a))).toThrow(/byte 0xC2 at offset 1/);
  });

  it('counts the offset from the start of the file, byte order mark included', () => {
    expect(() => decodeUtf8('feed.json', bytes(0xef, 0xbb, 0xbf, 0x41, 0xff))).toThrow(/byte 0xFF at offset 4/);
  });
});
