import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../src/cli/terminal.js';

describe('escapeControls', () => {
  it.each([
    ['NUL', '\u0000', '\\x00'],
    ['BEL, which ends a window-title sequence', '\u0007', '\\x07'],
    ['BS', '\u0008', '\\x08'],
    ['VT', '\u000b', '\\x0b'],
    ['CR, which overwrites a line', '\r', '\\x0d'],
    ['ESC', '\u001b', '\\x1b'],
    ['US, the last C0 control', '\u001f', '\\x1f'],
    ['DEL', '\u007f', '\\x7f'],
    ['the first C1 control', '\u0080', '\\x80'],
    ['CSI as one C1 byte', '\u009b', '\\x9b'],
    ['the last C1 control', '\u009f', '\\x9f'],
    ['the Arabic letter mark', '\u061c', '\\u061c'],
    ['the left-to-right mark', '\u200e', '\\u200e'],
    ['the right-to-left mark', '\u200f', '\\u200f'],
    ['the line separator', '\u2028', '\\u2028'],
    ['the paragraph separator', '\u2029', '\\u2029'],
    ['the first bidi embedding', '\u202a', '\\u202a'],
    ['the right-to-left override', '\u202e', '\\u202e'],
    ['the first bidi isolate', '\u2066', '\\u2066'],
    ['the pop-directional isolate', '\u2069', '\\u2069'],
  ])('escapes %s', (_name, char, escaped) => {
    expect(escapeControls(`a${char}b`)).toBe(`a${escaped}b`);
  });

  it.each([
    ['tab', '\t'],
    ['line feed', '\n'],
    ['space', ' '],
    ['tilde, the last printable ASCII', '~'],
    ['no-break space, just past C1', '\u00a0'],
    ['é', 'é'],
    ['the zero-width joiner in emoji, just before the marks', '\u200d'],
    ['the hyphen, just after the marks', '\u2010'],
    ['the Arabic semicolon, just before the letter mark', '\u061b'],
    ['the character just after the Arabic letter mark', '\u061d'],
    ['the character before the line separator', '\u2027'],
    ['the character after the bidi overrides', '\u202f'],
    ['the character before the isolates', '\u2065'],
    ['the character after the isolates', '\u206a'],
    ['an emoji', '😀'],
  ])('keeps %s', (_name, char) => {
    expect(escapeControls(`a${char}b`)).toBe(`a${char}b`);
  });

  it('defuses a window-title sequence and a screen clear', () => {
    expect(escapeControls('\u001b]0;pwned\u0007\u001b[2JAPI errors')).toBe('\\x1b]0;pwned\\x07\\x1b[2JAPI errors');
  });
});
