import { GraphQLError } from 'graphql';
import type { Context } from '../context';

export const timeoffTypeDefs = /* GraphQL */ `
  type TimeoffRequest { id: ID! userId: ID! startsOn: String! endsOn: String! reason: String status: String! }
  extend type Query {
    timeoffRequests(status: String): [TimeoffRequest!]!
  }
  extend type Mutation {
    requestTimeoff(startsOn: String!, endsOn: String!, reason: String): TimeoffRequest!
    decideTimeoff(id: ID!, approve: Boolean!): TimeoffRequest!
  }
`;

export const timeoffQueries = {
  // ok: missing-auth
  timeoffRequests: async (_: unknown, { status }: { status?: string }, { db, user }: Context) => {
    let query = db.selectFrom('timeoff_requests').selectAll().where('workspace_id', '=', user!.workspaceId);
    if (status) query = query.where('status', '=', status as 'pending');
    // ok: unscoped-tenant-query
    return query.orderBy('starts_on').execute();
  },
};

export const timeoffMutations = {
  // ok: missing-auth
  requestTimeoff: async (_: unknown, args: { startsOn: string; endsOn: string; reason?: string }, { db, user }: Context) => {
    if (args.endsOn < args.startsOn) throw new GraphQLError('End before start', { extensions: { code: 'BAD_USER_INPUT' } });
    return db
      .insertInto('timeoff_requests')
      .values({ workspace_id: user!.workspaceId, user_id: user!.id, starts_on: args.startsOn, ends_on: args.endsOn, reason: args.reason ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  // ok: missing-auth
  decideTimeoff: async (_: unknown, { id, approve }: { id: string; approve: boolean }, { db }: Context) => {
    // expect: unscoped-tenant-query
    return db
      .updateTable('timeoff_requests')
      .set({ status: approve ? 'approved' : 'declined' })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
