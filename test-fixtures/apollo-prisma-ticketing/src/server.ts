import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { typeDefs } from './graphql/schema';
import { ticketResolvers } from './graphql/resolvers/tickets';
import { adminResolvers } from './graphql/resolvers/admin';
import { sessionResolvers } from './graphql/resolvers/session';
import { viewerFrom, type Context } from './lib/auth';

const server = new ApolloServer<Context>({
  typeDefs,
  resolvers: [ticketResolvers, adminResolvers, sessionResolvers],
  // turned on to debug a customer's failing import, and shipped
  // expect: error-details-leak
  includeStacktraceInErrorResponses: true,
});
await server.start();

const app = express();
// ok: cors-wildcard
app.use('/graphql', cors({ origin: ['https://desk.deskline.example'], credentials: true }), express.json(), expressMiddleware(server, {
  context: async ({ req }) => ({ user: viewerFrom(req) }),
}));

app.get('/healthz', (_req, res) => res.send('ok'));

app.listen(4000);
