import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

// Paths the field app opens without signing in (status page for customers, uptime checks).
const OPEN_PREFIXES = ['/health', '/track'];

@Injectable()
export class BearerGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    if (OPEN_PREFIXES.some((p) => req.path.startsWith(p))) return true;
    const header: string | undefined = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new UnauthorizedException();
    try {
      req.user = await this.jwt.verifyAsync(header.slice(7), { secret: process.env.JWT_SECRET, algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException();
    }
    return true;
  }
}
