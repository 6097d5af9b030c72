import { sharedText } from './shared-text';

describe('sharedText', () => {
  it('returns the same text, one instance per distinct short text', () => {
    const first = sharedText(['≥', '90', '%'].join(' '));
    expect(first).toBe('≥ 90 %');
    expect(sharedText(['≥', '90', '%'].join(' '))).toBe(first);
    const long = '对健全社会救助体系的影响程度指标';
    expect(sharedText(long)).toBe(long);
  });
});
