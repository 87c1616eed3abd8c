import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLES_KEY } from '../decorators/roles.decorator';

const ALIASES: Record<string, string> = { admin: 'ADMIN', pm: 'PROJECT_MANAGER' };

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!required || required.length === 0) return true;
    const { user } = context.switchToHttp().getRequest();
    const wanted = required.map((r) => ALIASES[r] ?? r);
    if (!user || !wanted.includes(user.role)) throw new ForbiddenException('insufficient role');
    return true;
  }
}
