import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export type FleetRole = 'admin' | 'dispatcher' | 'mechanic';

export interface AuthUser {
  id: string;
  companyId: string;
  role: FleetRole;
  email: string;
}

export const IS_PUBLIC_KEY = 'isPublic';
/** Opts a route (or a whole controller) out of the global JwtAuthGuard. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

export const ROLES_KEY = 'roles';
export const Roles = (...roles: FleetRole[]) => SetMetadata(ROLES_KEY, roles);

/** The user the JwtStrategy attached to the request. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest();
  return request.user;
});
