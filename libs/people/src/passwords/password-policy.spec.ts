import { generatePassword, PasswordRule, passwordViolations } from './password-policy';

describe('passwordViolations', () => {
  it.each<[string, string, PasswordRule[]]>([
    ['Jx2024!abc', 'zhangsan', []],
    ['Leshan315a', 'zhangsan', []], // upper, lower, digit
    ['leshan-315', 'zhangsan', []], // lower, digit, special
    ['乐山医保局2024ab', 'zhangsan', []], // CJK counts as "special"
    ['Ab1!', 'zhangsan', ['MIN_LENGTH']],
    ['abcdefgh', 'zhangsan', ['CHARACTER_CLASSES']],
    ['abcdefg1', 'zhangsan', ['CHARACTER_CLASSES']],
    ['ABCDEFG1', 'zhangsan', ['CHARACTER_CLASSES']],
    ['abc', 'abc', ['MIN_LENGTH', 'CHARACTER_CLASSES', 'NOT_USERNAME']],
    ['Zhang.San1', 'zhang.san1', ['NOT_USERNAME']],
    ['Aa1!'.repeat(33), 'zhangsan', ['MAX_LENGTH']],
  ])('%s (user %s) breaks %j', (password, username, expected) => {
    expect(passwordViolations(password, username)).toEqual(expected);
  });
});

describe('generatePassword', () => {
  it('makes 16-character passwords that pass the policy and do not repeat', () => {
    const passwords = Array.from({ length: 200 }, () => generatePassword());
    for (const password of passwords) {
      expect(password).toHaveLength(16);
      expect(passwordViolations(password, 'admin')).toEqual([]);
      expect(password).not.toMatch(/[0O1lI]/);
    }
    expect(new Set(passwords).size).toBe(200);
  });
});
