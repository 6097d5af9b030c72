import { AppConfig } from '@jixiao/config';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { createSecretKey } from 'node:crypto';
import { AuditContextInterceptor } from './audit/audit-context';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AccessTokenService } from './auth/access-token.service';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { resolveJwtSecret } from './auth/jwt-secret';
import { LoginRateModule } from './auth/login-rate.module';
import { LoginRateStorage } from './auth/login-rate-storage';
import { loginRateTracker } from './auth/login-rate-tracker';
import { AUTH_CLOCK, systemAuthClock } from './clock';
import { VersionedUpdater } from './concurrency/versioned-update';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionService } from './sessions/session.service';
import { UserController } from './users/user.controller';
import { UserService } from './users/user.service';

/**
 * People (人员与权限): accounts, login sessions, the global auth guard and the audit log.
 * Global so every feature module can inject AuditService and VersionedUpdater.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, made once: given a string, jsonwebtoken tries createPublicKey on it (and fails)
        // before createSecretKey on every verify, which was most of the guard's CPU per request.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      imports: [LoginRateModule],
      inject: [AppConfig, LoginRateStorage],
      useFactory: (config: AppConfig, storage: LoginRateStorage) => ({
        storage,
        throttlers: [
          {
            name: 'login',
            ttl: config.LOGIN_RATE_WINDOW_SECONDS * 1000,
            limit: config.LOGIN_RATE_LIMIT,
            getTracker: loginRateTracker,
          },
        ],
      }),
    }),
  ],
  controllers: [AuthController, UserController, AuditController],
  providers: [
    { provide: AUTH_CLOCK, useValue: systemAuthClock },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditContextInterceptor },
    PasswordHasher,
    AccessTokenService,
    SessionService,
    AuthService,
    UserService,
    AuditService,
    VersionedUpdater,
  ],
  exports: [AUTH_CLOCK, AuditService, VersionedUpdater, UserService, AuthService, SessionService],
})
export class PeopleModule {}
