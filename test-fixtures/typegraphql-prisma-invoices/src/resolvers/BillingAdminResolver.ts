import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { prisma, type Context } from '../context';

@Resolver()
export class BillingAdminResolver {
  @Authorized('BILLING_ADMIN')
  // ok: missing-auth, missing-role-check
  @Mutation(() => Boolean)
  async voidInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    // ok: unscoped-tenant-query
    const { count } = await prisma.invoice.updateMany({ where: { id, organizationId: ctx.user!.organizationId }, data: { status: 'void' } });
    return count === 1;
  }

  // the payment page shows an invoice to whoever has the link
  // expect: missing-auth
  @Query(() => Boolean)
  async invoicePaid(@Arg('id', () => ID) id: string) {
    // ok: unscoped-tenant-query
    const inv = await prisma.invoice.findUnique({ where: { id }, select: { status: true } });
    return inv?.status === 'paid';
  }
}
