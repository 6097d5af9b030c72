import { AppConfig } from '@jixiao/config';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AUTH_CLOCK, AuthClock } from '../clock';

/** What an access token says: the account and the session it belongs to; role and scope are read fresh. */
export interface AccessClaims {
  sub: string;
  sid: string;
}

/** Short-lived HS256 access tokens, timed by the injected clock (so tests can expire them). */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(claims: AccessClaims): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.sign({ sub: claims.sub, sid: claims.sid, iat, exp: iat + this.ttlSeconds });
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = this.jwt.verify<Partial<AccessClaims>>(token, {
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      return typeof payload.sub === 'string' && typeof payload.sid === 'string'
        ? { sub: payload.sub, sid: payload.sid }
        : null;
    } catch {
      return null;
    }
  }
}
