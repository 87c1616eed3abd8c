import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable } from 'rxjs';
import { PrismaService } from '../prisma/prisma.service';

export type Plan = 'basic' | 'plus' | 'enterprise';

/** `@RequiresPlan('plus')` on a handler: only gyms on that plan (or above) may use it. */
export const RequiresPlan = Reflector.createDecorator<Plan>();

const RANK: Record<Plan, number> = { basic: 0, plus: 1, enterprise: 2 };

@Injectable()
export class RequiresPlanInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly prisma: PrismaService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const plan = this.reflector.getAllAndOverride(RequiresPlan, [context.getHandler(), context.getClass()]);
    if (plan === undefined) {
      return next.handle();
    }

    const { user } = context.switchToHttp().getRequest();
    if (!user) throw new UnauthorizedException();

    const gym = await this.prisma.gym.findUnique({ where: { id: user.gymId }, select: { plan: true } });
    if (!gym || RANK[gym.plan as Plan] < RANK[plan]) {
      throw new HttpException('Upgrade required', 402);
    }
    return next.handle();
  }
}
