import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

// routes under /companies/:companyId/... may only be used by members of that company
@Injectable()
export class CompanyMemberGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest();
    if (!req.user || req.params.companyId !== req.user.companyId) throw new ForbiddenException();
    return true;
  }
}
