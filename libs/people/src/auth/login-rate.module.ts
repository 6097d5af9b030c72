import { Module } from '@nestjs/common';
import { LoginRateStorage } from './login-rate-storage';

/** Provides the login rate limit's storage to ThrottlerModule's factory (and closes its Redis client). */
@Module({ providers: [LoginRateStorage], exports: [LoginRateStorage] })
export class LoginRateModule {}
