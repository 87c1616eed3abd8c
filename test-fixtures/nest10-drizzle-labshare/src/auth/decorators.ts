import { SetMetadata, applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';

export enum Role {
  Member = 'member',
  Manager = 'manager',
  Admin = 'admin',
}

export const IS_PUBLIC_KEY = 'isPublic';
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

export const ROLES_KEY = 'roles';
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Who may call the route, in one place: no roles means any signed-in member of the organization. */
export function Access(...roles: Role[]) {
  return applyDecorators(Roles(...roles));
}

export interface AuthUser {
  id: string;
  organizationId: string;
  role: Role;
  email: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});
