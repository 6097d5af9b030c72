import { DomainError } from '@jixiao/platform';
import { PASSWORD_RULE_MESSAGES, passwordViolations } from './password-policy';

/** Refuses a password that breaks the policy, naming every rule it breaks (`details.rules`). */
export function assertPasswordPolicy(password: string, username: string): void {
  const rules = passwordViolations(password, username);
  if (rules.length === 0) return;
  throw new DomainError(
    'invalid',
    'PASSWORD.POLICY_VIOLATED',
    `密码不符合要求：${rules.map((rule) => PASSWORD_RULE_MESSAGES[rule]).join('；')}`,
    { rules },
  );
}
