import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

/** Provisioning scripts present an infra token an instance admin created; no user signs in here. */
@Injectable()
export class InfraTokenGuard implements CanActivate {
  constructor(private readonly prisma: PrismaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const authorization: string | undefined = request.headers['authorization'];
    if (!authorization?.startsWith('Bearer ')) throw new UnauthorizedException('infra_token/missing');
    const infraToken = await this.prisma.infraToken.findUnique({ where: { token: authorization.slice(7) } });
    if (!infraToken) throw new UnauthorizedException('infra_token/invalid');
    if (infraToken.expiresOn && infraToken.expiresOn < new Date()) throw new UnauthorizedException('infra_token/expired');
    return true;
  }
}
