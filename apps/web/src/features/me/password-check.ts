// The server's own rules (pure TypeScript shared with libs/people), so the form names a broken rule
// before sending and the server's refusal names the same ones.
import {
  PASSWORD_RULE_MESSAGES,
  passwordViolations,
  type PasswordRule,
} from '../../../../../libs/people/src/passwords/password-rules';

/** The messages of the rules a new password breaks; empty when acceptable. */
export function brokenPasswordRules(password: string, username: string): string[] {
  return passwordViolations(password, username).map((rule) => PASSWORD_RULE_MESSAGES[rule]);
}

/** The messages of the rules a server refusal (`PASSWORD.POLICY_VIOLATED`, `details.rules`) names. */
export function refusedPasswordRules(details: Record<string, unknown>): string[] {
  const rules = Array.isArray(details.rules) ? details.rules : [];
  return rules
    .filter((rule): rule is PasswordRule => typeof rule === 'string' && rule in PASSWORD_RULE_MESSAGES)
    .map((rule) => PASSWORD_RULE_MESSAGES[rule]);
}
