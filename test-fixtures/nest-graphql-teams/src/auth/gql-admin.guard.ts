import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { throwError } from '../utils/errors';

/** Instance administrators only (a flag on the user, set from the admin console). */
@Injectable()
export class GqlAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = GqlExecutionContext.create(context).getContext().req;
    if (!user?.isAdmin) throwError('auth/not_admin');
    return true;
  }
}
