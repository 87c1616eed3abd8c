import { SetMetadata } from '@nestjs/common';
import { Role } from '@prisma/client';

export const ROLES_KEY = 'roles';
export const Roles = (...roles: Array<Role | 'admin' | 'pm'>) => SetMetadata(ROLES_KEY, roles);
