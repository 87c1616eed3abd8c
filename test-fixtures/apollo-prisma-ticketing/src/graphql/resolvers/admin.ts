import { prisma } from '../../lib/prisma';
import { requireAdmin, requireViewer, type Context } from '../../lib/auth';

export const adminResolvers = {
  Query: {
    // ok: missing-auth, missing-role-check
    organizationUsers: async (_parent: unknown, _args: unknown, ctx: Context) => {
      const admin = requireAdmin(ctx);
      // ok: unscoped-tenant-query
      return prisma.user.findMany({ where: { organizationId: admin.organizationId } });
    },
  },
  Mutation: {
    // promoting a colleague: signed in is checked, being an admin is not
    // expect: missing-role-check
    setUserRole: async (_parent: unknown, args: { userId: string; role: string }, ctx: Context) => {
      const viewer = requireViewer(ctx);
      // ok: unscoped-tenant-query
      return prisma.user.updateMany({ where: { id: args.userId, organizationId: viewer.organizationId }, data: { role: args.role } });
    },
  },
};
