import { createParamDecorator, ExecutionContext } from '@nestjs/common';

export type RestUser = { id: string; organizationId: string; role: string };

export const CurrentUserRest = createParamDecorator((_data: unknown, ctx: ExecutionContext): RestUser => ctx.switchToHttp().getRequest().user);
