import { Controller, Post, Param } from '@nestjs/common';
import { Auth } from '../auth/auth.decorator';
import { Role } from '../auth/roles.decorator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('admin/billing')
export class BillingController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth, missing-role-check
  @Post('invoices/:id/void')
  @Auth(Role.Owner)
  voidInvoice(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.prisma.invoice.updateMany({ where: { id, organizationId: user.organizationId }, data: { amountCents: 0 } });
  }
}
