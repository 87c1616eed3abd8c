import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { projectMutations, projectQueries, memberQueries } from './graphql/projects';
import { authenticateUser, type GraphQLContext } from './auth';

const typeDefs = /* GraphQL */ `
  type Project { id: ID! name: String! }
  type Member { id: ID! email: String! }
  type Query { projects: [Project!]! project(id: ID!): Project workspaceMembers(workspaceId: ID!): [Member!]! version: String! }
  type Mutation { archiveProject(id: ID!): Boolean! renameProject(id: ID!, name: String!): Boolean! adminDeleteWorkspaceProjects: Boolean! }
`;

const yoga = createYoga<{}, GraphQLContext>({
  schema: createSchema({
    typeDefs,
    resolvers: {
      Query: {
        ...projectQueries,
        ...memberQueries,
        // ok: missing-auth
        version: () => '0.9.2',
      },
      Mutation: projectMutations,
    },
  }),
  context: async ({ request }) => ({ currentUser: await authenticateUser(request) }),
  // ok: error-details-leak
  maskedErrors: process.env.NODE_ENV === 'production',
});

createServer(yoga).listen(4000);
