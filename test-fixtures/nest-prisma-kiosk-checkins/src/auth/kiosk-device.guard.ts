import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash } from 'crypto';
import { PrismaService } from '../prisma/prisma.service';
import { KIOSK_ROUTE } from './kiosk-route.decorator';

/**
 * Registered globally in main.ts. Only handlers marked with @KioskRoute() are checked;
 * everything else is left to the guards declared on the controllers.
 */
@Injectable()
export class KioskDeviceGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly prisma: PrismaService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isKioskRoute = this.reflector.get<boolean>(KIOSK_ROUTE, context.getHandler());
    if (!isKioskRoute) {
      return true;
    }

    const request = context.switchToHttp().getRequest();
    const key = request.headers['x-kiosk-key'];
    if (!key) throw new UnauthorizedException('missing kiosk key');

    const kiosk = await this.prisma.kiosk.findUnique({
      where: { keyHash: createHash('sha256').update(String(key)).digest('hex') },
    });
    if (!kiosk) throw new UnauthorizedException('unknown kiosk');

    request.kiosk = kiosk;
    return true;
  }
}
