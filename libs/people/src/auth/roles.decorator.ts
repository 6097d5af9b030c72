import { SetMetadata } from '@nestjs/common';
import { Role } from './auth-user';

export const ROLES_KEY = 'jixiao:roles';
export const PUBLIC_KEY = 'jixiao:public';

/** Roles allowed on a handler or controller. Every route must say who may call it (or be @Public). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No authentication: login, token refresh, health. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
