import { SetMetadata } from '@nestjs/common';

export const PASSWORD_CHANGE_PENDING_KEY = 'jixiao:password-change-pending';

/**
 * Reachable by an account that must change its password (first login, reset, expiry): only
 * change-password, logout and "who am I". Every other route answers AUTH.PASSWORD_CHANGE_REQUIRED.
 */
export const AllowPasswordChangePending = () => SetMetadata(PASSWORD_CHANGE_PENDING_KEY, true);
