import { GraphQLError } from 'graphql';
import { prisma } from '../../lib/prisma';
import { requireViewer, type Context } from '../../lib/auth';

export const ticketResolvers = {
  Query: {
    // ok: missing-auth
    tickets: async (_parent: unknown, _args: unknown, ctx: Context) => {
      const viewer = requireViewer(ctx);
      // ok: unscoped-tenant-query
      return prisma.ticket.findMany({ where: { organizationId: viewer.organizationId } });
    },
    // ok: missing-auth
    ticket: async (_parent: unknown, { id }: { id: string }, ctx: Context) => {
      requireViewer(ctx);
      // expect: unscoped-tenant-query
      return prisma.ticket.findUnique({ where: { id } });
    },
    // the status widget on the public help page: "it only shows the subject"
    // expect: missing-auth
    ticketStatus: async (_parent: unknown, args: { id: string }) => {
      // ok: unscoped-tenant-query
      return prisma.ticket.findUnique({ where: { id: args.id }, select: { subject: true, status: true } });
    },
  },
  Mutation: {
    // ok: missing-auth, missing-input-validation
    closeTicket: async (_parent: unknown, { id }: { id: string }, { user }: Context) => {
      if (!user) throw new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } });
      // ok: unscoped-tenant-query
      const { count } = await prisma.ticket.updateMany({ where: { id, organizationId: user.organizationId }, data: { status: 'closed' } });
      return count === 1;
    },
    // ok: missing-auth
    assignTicket: async (_parent: unknown, args: { id: string; assigneeId: string }, ctx: Context) => {
      const viewer = requireViewer(ctx);
      // expect: unscoped-tenant-query
      return prisma.ticket.update({ where: { id: args.id }, data: { assigneeId: args.assigneeId } });
    },
  },
};
