import { createHash } from 'node:crypto';

/**
 * Whose attempt a login or a refresh is, for the rate limit. A login: the client address with the
 * account, so one user's typos do not hold back a shared office address. A refresh: the address with
 * the token (hashed), so the users behind one NAT address refresh independently while a replayed
 * token is held back; tokens are 256-bit random, so counting per address would guard nothing more.
 */
export function loginRateTracker(request: {
  ip?: string;
  body?: { username?: unknown; refreshToken?: unknown };
}): string {
  const { username, refreshToken } = request.body ?? {};
  if (username !== undefined) return `${request.ip}|${String(username).trim().toLowerCase()}`;
  const token = typeof refreshToken === 'string' ? refreshToken : '';
  return `${request.ip}|refresh:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
}
