import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

export type AuthUser = { id: string; organizationId: string; role: string };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const ctx = GqlExecutionContext.create(context);
  return ctx.getContext().req.user;
});
