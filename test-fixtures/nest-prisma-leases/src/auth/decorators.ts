import { createParamDecorator, ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Role } from '@prisma/client';

/** Shape of `request.user` as produced by JwtStrategy.validate(). */
export interface AuthUser {
  userId: string;
  orgId: string;
  role: Role;
}

export const IS_PUBLIC_KEY = 'isPublic';
/** Lets a route through JwtAuthGuard when the guard is applied at controller level. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

export const ROLES_KEY = 'roles';
/** Roles allowed to call a route; enforced by RolesGuard. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator(
  (field: keyof AuthUser | undefined, ctx: ExecutionContext) => {
    const request = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
    const user = request.user;
    if (!user) {
      throw new UnauthorizedException();
    }
    return field ? user[field] : user;
  },
);
