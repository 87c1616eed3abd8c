import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '../users/user.entity';

export interface AuthUser {
  id: string;
  organizationId: string;
  role: Role;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});
