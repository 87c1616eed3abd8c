import { SetMetadata } from '@nestjs/common';

export type PortalRole = 'admin' | 'manager' | 'staff';

export const ROLES_KEY = 'portal:roles';
export const Roles = (...roles: PortalRole[]) => SetMetadata(ROLES_KEY, roles);
