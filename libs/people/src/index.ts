// The contract first: feature libraries use these while @jixiao/platform is still loading them
// (platform's entity list imports every feature, and people imports platform), so they must be
// exported before anything below pulls platform in.
export * from './auth/auth-user';
export * from './auth/current-user.decorator';
export * from './auth/password-change-pending.decorator';
export * from './auth/roles.decorator';
export * from './auth/unit-scope';
export * from './entities';
export * from './clock';
export * from './audit/audit-context';
export * from './passwords/password-policy';
export * from './workflow/review-transition.dto';
// Services and the module (these import @jixiao/platform).
export * from './audit/audit.service';
export * from './audit/audited';
export * from './auth/access-token.service';
export * from './auth/auth.guard';
export * from './auth/auth.service';
export * from './concurrency/versioned-update';
export * from './people.module';
export * from './sessions/session.service';
export * from './users/user.service';
export * from './users/user.view';
export * from './workflow/review-workflow';
export * from './workflow/review-transition';
export * from './workflow/review-transition-hooks';
export { LoginRateStorage } from './auth/login-rate-storage';
