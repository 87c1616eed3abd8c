import { GraphQLError } from 'graphql';
import type { Context } from '../context';

export const staffTypeDefs = /* GraphQL */ `
  scalar JSON
  type Staff { id: ID! name: String! email: String! role: String! hourlyRateCents: Int }
  type Workspace { id: ID! name: String! plan: String! }
  extend type Query {
    staff: [Staff!]!
    staffMember(id: ID!): Staff
    allWorkspaces: [Workspace!]!
  }
  extend type Mutation {
    setStaffRole(userId: ID!, role: String!): Staff!
    deleteUser(userId: ID!): Boolean!
    removeStaff(userId: ID!): Boolean!
    updateWorkspaceSettings(settings: JSON!): Boolean!
  }
`;

const ROLES = ['owner', 'manager', 'staff'] as const;

const toStaff = (u: { id: string; name: string; email: string; role: string; hourly_rate_cents: number | null }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  hourlyRateCents: u.hourly_rate_cents,
});

export const staffQueries = {
  // ok: missing-auth
  async staff(_: unknown, __: unknown, { db, user }: Context) {
    // ok: unscoped-tenant-query
    const rows = await db.selectFrom('users').select(['id', 'name', 'email', 'role', 'hourly_rate_cents']).where('workspace_id', '=', user!.workspaceId).execute();
    return rows.map(toStaff);
  },

  // ok: missing-auth
  async staffMember(_: unknown, { id }: { id: string }, { db, user }: Context) {
    // ok: unscoped-tenant-query
    const row = await db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'role', 'hourly_rate_cents', 'workspace_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.workspace_id !== user!.workspaceId) return null;
    return toStaff(row);
  },

  // ok: missing-auth, missing-role-check
  async allWorkspaces(_: unknown, __: unknown, { db }: Context) {
    // ok: unscoped-tenant-query
    return db.selectFrom('workspaces').select(['id', 'name', 'plan']).orderBy('created_at', 'desc').execute();
  },
};

export const staffMutations = {
  // ok: missing-auth
  // expect: missing-role-check
  async setStaffRole(_: unknown, { userId, role }: { userId: string; role: string }, { db, user }: Context) {
    if (!ROLES.includes(role as (typeof ROLES)[number])) {
      throw new GraphQLError('Unknown role', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    // ok: unscoped-tenant-query
    const row = await db
      .updateTable('users')
      .set({ role: role as (typeof ROLES)[number] })
      .where('id', '=', userId)
      .where('workspace_id', '=', user!.workspaceId)
      .returning(['id', 'name', 'email', 'role', 'hourly_rate_cents'])
      .executeTakeFirstOrThrow();
    return toStaff(row);
  },

  // ok: missing-auth
  // expect: missing-role-check
  async deleteUser(_: unknown, { userId }: { userId: string }, { db, user }: Context) {
    // ok: unscoped-tenant-query
    const res = await db.deleteFrom('users').where('id', '=', userId).where('workspace_id', '=', user!.workspaceId).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },

  // ok: missing-auth, missing-role-check
  async removeStaff(_: unknown, { userId }: { userId: string }, { db, user }: Context) {
    if (userId === user!.id) throw new GraphQLError('Owners cannot remove themselves', { extensions: { code: 'BAD_USER_INPUT' } });
    // ok: unscoped-tenant-query
    const res = await db.deleteFrom('users').where('id', '=', userId).where('workspace_id', '=', user!.workspaceId).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },

  // ok: missing-auth
  // expect: missing-input-validation
  async updateWorkspaceSettings(_: unknown, { settings }: { settings: Record<string, unknown> }, { db, user }: Context) {
    await db.updateTable('workspaces').set({ settings: JSON.stringify(settings) }).where('id', '=', user!.workspaceId).execute();
    return true;
  },
};
