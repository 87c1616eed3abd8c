import { createSchema } from 'graphql-yoga';
import { applyMiddleware } from 'graphql-middleware';
import type { Context } from './context';
import { permissions } from './permissions';
import { shiftTypeDefs, shiftQueries, shiftMutations } from './modules/shifts';
import { staffTypeDefs, staffQueries, staffMutations } from './modules/staff';
import { timeoffTypeDefs, timeoffQueries, timeoffMutations } from './modules/timeoff';
import { authTypeDefs, authQueries, authMutations } from './modules/auth';

const baseTypeDefs = /* GraphQL */ `
  type Query { _version: String! }
  type Mutation { _noop: Boolean }
`;

const executableSchema = createSchema<Context>({
  typeDefs: [baseTypeDefs, authTypeDefs, shiftTypeDefs, staffTypeDefs, timeoffTypeDefs],
  resolvers: {
    Query: {
      // ok: missing-auth
      _version: () => process.env.APP_VERSION ?? 'dev',
      ...authQueries,
      ...shiftQueries,
      ...staffQueries,
      ...timeoffQueries,
    },
    Mutation: {
      ...authMutations,
      ...shiftMutations,
      ...staffMutations,
      ...timeoffMutations,
    },
  },
});

export const schema = applyMiddleware(executableSchema, permissions);
