import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

export type AuthUser = { id: string; tenantId: string; role: 'member' | 'owner' | 'staff' };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req.user;
  }
  return context.switchToHttp().getRequest().user;
});
