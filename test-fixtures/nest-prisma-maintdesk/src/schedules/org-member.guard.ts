import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

/** Lets the request through only when the :propertyId in the path belongs to the caller's company. */
@Injectable()
export class PropertyAccessGuard implements CanActivate {
  constructor(private readonly prisma: PrismaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const property = await this.prisma.property.findFirst({
      where: { id: req.params.propertyId, companyId: req.user.companyId },
      select: { id: true },
    });
    if (!property) throw new ForbiddenException();
    return true;
  }
}
