import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/decorators';

/** Only the landlord's admins manage its team. */
@Injectable()
export class OrgAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const { user }: { user?: AuthUser } = context.switchToHttp().getRequest();

    if (!user) return false;

    return user.role === 'admin';
  }
}

/** Admins and managers see the team list. */
@Injectable()
export class StaffGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ user?: AuthUser }>();
    return request.user?.role === 'admin' || request.user?.role === 'manager';
  }
}

/** Any signed-in member of the landlord. */
@Injectable()
export class MemberGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const { user }: { user?: AuthUser } = context.switchToHttp().getRequest();
    return !!user?.orgId;
  }
}
