import { AuditEntry } from './audit/audit-entry.entity';
import { AuthSession } from './sessions/auth-session.entity';
import { RefreshToken } from './sessions/refresh-token.entity';
import { UserAccount } from './users/user-account.entity';

export { AuditEntry, AuthSession, RefreshToken, UserAccount };

export const PEOPLE_ENTITIES = [UserAccount, AuthSession, RefreshToken, AuditEntry];
