// The notes service: every request must carry a member token (the context refuses the others).
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { PrismaClient } from '@prisma/client';
import { memberFromHeader, type Member } from './token';

const prisma = new PrismaClient();

interface Ctx {
  member: Member;
}

const resolvers = {
  Query: {
    // ok: missing-auth, unscoped-tenant-query
    notes: (_: unknown, __: unknown, { member }: Ctx) => prisma.note.findMany({ where: { teamId: member.teamId } }),
    // ok: missing-auth
    note: (_: unknown, { id }: { id: string }) => {
      // expect: unscoped-tenant-query
      return prisma.note.findUnique({ where: { id } });
    },
  },
  Mutation: {
    // ok: missing-auth
    updateNote: async (_: unknown, args: { id: string; body: string }, ctx: Ctx) => {
      // ok: unscoped-tenant-query
      const { count } = await prisma.note.updateMany({ where: { id: args.id, teamId: ctx.member.teamId }, data: { body: args.body } });
      return count > 0;
    },
  },
};

const server = new ApolloServer<Ctx>({
  typeDefs: `#graphql
    type Note { id: ID! title: String! body: String! }
    type Query { notes: [Note!]! note(id: ID!): Note }
    type Mutation { updateNote(id: ID!, body: String!): Boolean! }
  `,
  resolvers,
  // ok: error-details-leak
  includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
});

const { url } = await startStandaloneServer(server, {
  context: async ({ req }) => {
    const member = memberFromHeader(req.headers.authorization);
    if (!member) throw new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    return { member };
  },
  listen: { port: 4001 },
});
console.info(`notes service at ${url}`);
