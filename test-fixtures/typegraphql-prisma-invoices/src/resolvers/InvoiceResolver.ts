import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { prisma, type Context } from '../context';

@ObjectType()
class Invoice {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => Int) amountCents!: number;
  @Field() status!: string;
}

@InputType()
class NewInvoice {
  @Field() number!: string;
  @Field(() => Int) amountCents!: number;
}

@Authorized()
@Resolver(() => Invoice)
export class InvoiceResolver {
  // ok: missing-auth
  @Query(() => [Invoice])
  async invoices(@Ctx() ctx: Context) {
    // ok: unscoped-tenant-query
    return prisma.invoice.findMany({ where: { organizationId: ctx.user!.organizationId } });
  }

  // ok: missing-auth
  @Query(() => Invoice, { nullable: true })
  async invoice(@Arg('id', () => ID) id: string) {
    // expect: unscoped-tenant-query
    return prisma.invoice.findUnique({ where: { id } });
  }

  // ok: missing-auth, missing-input-validation
  @Mutation(() => Invoice)
  async createInvoice(@Arg('data') data: NewInvoice, @Ctx() ctx: Context) {
    // ok: unscoped-tenant-query
    return prisma.invoice.create({ data: { ...data, organizationId: ctx.user!.organizationId } });
  }
}
