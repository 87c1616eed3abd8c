import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { applyMiddleware } from 'graphql-middleware';
import { resolvers } from './resolvers';
import { permissions } from './permissions';
import { createContext } from './context';

const typeDefs = `#graphql
  type Meeting { id: ID! book: String! at: String! }
  type Club { id: ID! name: String! meetings: [Meeting!]! }
  type Query { myClub: Club meeting(id: ID!): Meeting upcomingBooks: Int! }
  type Mutation { rsvp(meetingId: ID!): Boolean! scheduleMeeting(book: String!, at: String!): Meeting! removeMember(memberId: ID!): Boolean! }
`;

const schema = applyMiddleware(makeExecutableSchema({ typeDefs, resolvers }), permissions);
const server = new ApolloServer({ schema });

await startStandaloneServer(server, { context: createContext, listen: { port: 4000 } });
