import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Request } from 'express';

/** Blocks workspaces whose trial has run out; the public share links and the provider callbacks have no workspace. */
@Injectable()
export class PlanGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { org?: { trialEndsAt?: Date | null } }>();
    if (request.path.indexOf('/share/') > -1 || request.path.includes('/oauth/')) {
      return true;
    }
    const org = request.org;
    if (!org) {
      throw new ForbiddenException('Sign in first');
    }
    if (org.trialEndsAt && org.trialEndsAt < new Date()) {
      throw new ForbiddenException('Your trial has ended');
    }
    return true;
  }
}
