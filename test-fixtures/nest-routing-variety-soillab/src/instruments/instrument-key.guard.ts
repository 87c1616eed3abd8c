import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { PrismaService } from '../prisma/prisma.service';

// pH meters on the bench authenticate with their own key, not a user's JWT
@Injectable()
export class InstrumentKeyGuard implements CanActivate {
  constructor(private readonly prisma: PrismaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const key = req.headers['x-instrument-key'];
    if (typeof key !== 'string') throw new UnauthorizedException();
    const instrument = await this.prisma.instrument.findUnique({ where: { keyHash: createHash('sha256').update(key).digest('hex') } });
    if (!instrument) throw new UnauthorizedException();
    req.instrument = instrument;
    return true;
  }
}
