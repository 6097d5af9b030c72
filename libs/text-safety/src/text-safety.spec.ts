import { codePointLabel, findCharacterNotInName, findUnsafeCharacter, stripInvisibleCharacters } from '.';

describe('findUnsafeCharacter', () => {
  it('accepts ordinary text, Chinese and paired surrogates (emoji)', () => {
    expect(findUnsafeCharacter('项目支出 ≤ 5 次 😀')).toBeNull();
  });

  it('finds NUL and lone surrogates with their index', () => {
    expect(findUnsafeCharacter('a\u0000b')).toEqual({ kind: 'NUL', index: 1 });
    expect(findUnsafeCharacter(JSON.parse('"ab\\ud800"'))).toEqual({ kind: 'LONE_SURROGATE', index: 2 });
    expect(findUnsafeCharacter('\udc00x')).toEqual({ kind: 'LONE_SURROGATE', index: 0 });
    expect(findUnsafeCharacter('\ud800\ud800\udc00')).toEqual({ kind: 'LONE_SURROGATE', index: 0 });
  });
});

describe('names', () => {
  it('refuse bidi controls, zero-width characters and controls, not ordinary text', () => {
    expect(findCharacterNotInName('财政局 (2024)')).toBe(-1);
    expect(findCharacterNotInName('单位\u202Etxt')).toBe(2);
    expect(findCharacterNotInName('a\u200Bb')).toBe(1);
    expect(findCharacterNotInName('a\tb')).toBe(1);
    expect(codePointLabel('单位\u202Etxt', 2)).toBe('U+202E');
  });

  it('stripping removes bidi and zero-width characters and counts them', () => {
    expect(stripInvisibleCharacters('a\u200Bb\u202Ec\u2066d\uFEFF')).toEqual({ text: 'abcd', removed: 4 });
    expect(stripInvisibleCharacters('plain\ttext')).toEqual({ text: 'plain\ttext', removed: 0 });
  });
});
