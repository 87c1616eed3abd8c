import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The workspace SessionMiddleware put on the request. */
export const CurrentOrg = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  return ctx.switchToHttp().getRequest().org;
});

/** The signed-in user SessionMiddleware put on the request. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  return ctx.switchToHttp().getRequest().user;
});
