import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'grantsdesk:public';
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ROLES = 'grantsdesk:roles';
export type WorkspaceRole = 'owner' | 'admin' | 'reviewer' | 'applicant_manager';
export const Roles = (...roles: WorkspaceRole[]) => SetMetadata(ROLES, roles);

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  workspaceId: string;
  role: WorkspaceRole;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SessionUser => {
  return ctx.switchToHttp().getRequest().user;
});
