import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '../users/user.entity';

export interface AuthUser {
  id: string;
  organizationId: string;
  role: Role;
}

export const CurrentUser = createParamDecorator((data: keyof AuthUser | undefined, ctx: ExecutionContext) => {
  const user: AuthUser = ctx.switchToHttp().getRequest().user;
  return data ? user?.[data] : user;
});
