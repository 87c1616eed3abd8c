// Internal ops console API (Fastify + Mercurius). "Only reachable from the VPN", so nobody added auth.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.register(mercurius, {
  schema: `
    type Note { id: ID! title: String! }
    type Query { teamNotes(teamId: ID!): [Note!]! }
    type Mutation { purgeNote(id: ID!): Boolean! }
  `,
  resolvers: {
    Query: {
      // expect: missing-auth
      teamNotes: async (_root: unknown, args: { teamId: string }) => {
        // ok: unscoped-tenant-query
        return prisma.note.findMany({ where: { teamId: args.teamId } });
      },
    },
    Mutation: {
      // expect: missing-auth
      purgeNote: async (_root: unknown, { id }: { id: string }) => {
        // ok: unscoped-tenant-query
        await prisma.note.delete({ where: { id } });
        return true;
      },
    },
  },
  graphiql: true,
});

app.listen({ port: 4100, host: '0.0.0.0' });
