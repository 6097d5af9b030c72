/**
 * The password policy's rules, with no Node import: the web app checks a new password with the very
 * same rules before sending it (apps/web), and the server enforces them (password-policy.error.ts).
 */

/** A rule of the password policy (等保 2.0 level 2: complexity), named in errors so users know what to fix. */
export type PasswordRule = 'MIN_LENGTH' | 'MAX_LENGTH' | 'CHARACTER_CLASSES' | 'NOT_USERNAME';

export const PASSWORD_MIN_LENGTH = 8;
/** argon2 accepts anything, but an unbounded input is a denial-of-service lever. */
export const PASSWORD_MAX_LENGTH = 128;
const CLASSES_REQUIRED = 3;

export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, string> = {
  MIN_LENGTH: `密码长度至少 ${PASSWORD_MIN_LENGTH} 位`,
  MAX_LENGTH: `密码长度不超过 ${PASSWORD_MAX_LENGTH} 位`,
  CHARACTER_CLASSES: `密码须包含大写字母、小写字母、数字、特殊字符中的至少 ${CLASSES_REQUIRED} 类`,
  NOT_USERNAME: '密码不能与用户名相同',
};

const CLASS_PATTERNS = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** The rules a password breaks, in a stable order; empty when it is acceptable. */
export function passwordViolations(password: string, username: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) broken.push('MIN_LENGTH');
  if (length > PASSWORD_MAX_LENGTH) broken.push('MAX_LENGTH');
  if (CLASS_PATTERNS.filter((pattern) => pattern.test(password)).length < CLASSES_REQUIRED)
    broken.push('CHARACTER_CLASSES');
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) broken.push('NOT_USERNAME');
  return broken;
}
