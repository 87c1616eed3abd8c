import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { InvoiceModel } from './invoice.model';

@Resolver(() => InvoiceModel)
export class InvoicesResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Query(() => [InvoiceModel])
  invoices(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.invoice.findMany({ where: { tenantId: user.tenantId }, orderBy: { number: 'desc' } });
  }

  @Query(() => InvoiceModel)
  async invoice(@Args('id', { type: () => ID }) id: string) {
    // expect: unscoped-tenant-query
    const invoice = await this.prisma.invoice.findUnique({ where: { id } });
    if (!invoice) throw new NotFoundException();
    return invoice;
  }

  @Mutation(() => Int)
  async markInvoicePaid(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.invoice.updateMany({ where: { id, tenantId: user.tenantId }, data: { paidAt: new Date() } });
    return count;
  }

  @Public()
  // ok: missing-auth
  @Query(() => Int)
  invoiceCount() {
    return this.prisma.invoice.count();
  }

  @Public()
  // expect: missing-auth
  @Query(() => InvoiceModel)
  invoiceByNumber(@Args('number') number: string) {
    return this.prisma.invoice.findUnique({ where: { number } });
  }
}
