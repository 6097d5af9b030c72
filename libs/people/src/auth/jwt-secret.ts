import { AppConfig } from '@jixiao/config';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'crypto';

/**
 * JWT_SECRET, or (development and test only; loadConfig refuses production without it) a random
 * secret for this process, with a warning: tokens then do not survive a restart.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (config.NODE_ENV === 'production') throw new Error('JWT_SECRET is required in production');
  new Logger('Auth').warn('JWT_SECRET is not set: using a random secret; tokens end when the process does');
  return randomBytes(48).toString('base64url');
}
