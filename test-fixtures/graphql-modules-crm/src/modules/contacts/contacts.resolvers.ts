import { prisma, type Ctx } from '../../context';

export default {
  Query: {
    // ok: missing-auth
    contacts: (_: unknown, __: unknown, ctx: Ctx) => {
      // ok: unscoped-tenant-query
      return prisma.contact.findMany({ where: { organizationId: ctx.user!.organizationId } });
    },
    // ok: missing-auth
    contact: (_: unknown, { id }: { id: string }) => {
      // expect: unscoped-tenant-query
      return prisma.contact.findUnique({ where: { id } });
    },
  },
  Mutation: {
    // ok: missing-auth
    deleteContact: async (_: unknown, { id }: { id: string }, ctx: Ctx) => {
      // ok: unscoped-tenant-query
      const { count } = await prisma.contact.deleteMany({ where: { id, organizationId: ctx.user!.organizationId } });
      return count === 1;
    },
    // the organization comes from the form: anyone can write into any customer's CRM
    // expect: missing-auth
    quickAddContact: async (_: unknown, args: { organizationId: string; name: string; phone?: string }) => {
      // ok: unscoped-tenant-query
      return prisma.contact.create({ data: { organizationId: args.organizationId, name: args.name, phone: args.phone } });
    },
  },
};
