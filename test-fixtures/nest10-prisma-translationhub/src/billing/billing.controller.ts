import { BadRequestException, Controller, Get, Inject, InternalServerErrorException, Post, Query } from '@nestjs/common';
import Stripe from 'stripe';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser, CurrentUser } from '../common/decorators';
import { STRIPE } from './stripe.provider';

@Controller('manage/billing')
export class BillingController {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(STRIPE) private readonly stripe: Stripe,
  ) {}

  // expect: missing-role-check
  @Get('invoices')
  invoices(@CurrentUser() user: AuthUser, @Query('status') status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.invoice.findMany({ where: { orgId: user.orgId, ...(status ? { status } : {}) } });
  }

  // expect: missing-role-check
  @Post('portal-session')
  async portal(@CurrentUser() user: AuthUser) {
    const org = await this.prisma.organization.findUniqueOrThrow({ where: { id: user.orgId } });
    try {
      const customers = await this.stripe.customers.search({ query: `metadata['orgId']:'${org.id}'` });
      if (customers.data.length === 0) throw new BadRequestException('no billing account yet');
      const session = await this.stripe.billingPortal.sessions.create({
        customer: customers.data[0].id,
        return_url: `${process.env.APP_URL}/settings/billing`,
      });
      return { url: session.url };
    } catch (err) {
      if (err instanceof BadRequestException) throw err;
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }
}
