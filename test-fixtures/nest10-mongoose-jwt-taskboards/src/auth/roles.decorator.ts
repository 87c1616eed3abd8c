import { SetMetadata } from '@nestjs/common';

export enum Role {
  Member = 'member',
  Admin = 'admin',
  Owner = 'owner',
  Staff = 'staff',
}

export const ROLES_KEY = 'roles';
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
