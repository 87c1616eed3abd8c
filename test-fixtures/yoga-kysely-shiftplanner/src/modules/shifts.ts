import { z } from 'zod';
import { GraphQLError } from 'graphql';
import { sql } from 'kysely';
import type { Context } from '../context';

export const shiftTypeDefs = /* GraphQL */ `
  type Shift { id: ID! userId: ID startsAt: String! endsAt: String! location: String note: String }
  input ShiftInput { userId: ID, startsAt: String!, endsAt: String!, location: String, note: String }
  extend type Query {
    shifts(from: String!, to: String!): [Shift!]!
    shift(id: ID!): Shift
    myShifts: [Shift!]!
    exportShiftsCsv(from: String!, to: String!): String!
    workspaceUsage(workspaceId: ID!): String!
  }
  extend type Mutation {
    createShift(input: ShiftInput!): Shift!
    updateShift(id: ID!, input: ShiftInput!): Shift!
    deleteShift(id: ID!): Boolean!
  }
`;

const ShiftInput = z
  .object({
    userId: z.string().uuid().nullish(),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    location: z.string().max(120).nullish(),
    note: z.string().max(1000).nullish(),
  })
  .refine((s) => s.endsAt > s.startsAt, 'shift must end after it starts');

async function assertStaffInWorkspace(ctx: Context, userId: string | null | undefined) {
  if (!userId) return;
  const member = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('workspace_id', '=', ctx.user!.workspaceId)
    .executeTakeFirst();
  if (!member) throw new GraphQLError('Unknown staff member', { extensions: { code: 'BAD_USER_INPUT' } });
}

export const shiftQueries = {
  // ok: missing-auth
  shifts: async (_: unknown, args: { from: string; to: string }, ctx: Context) =>
    // ok: unscoped-tenant-query
    ctx.db
      .selectFrom('shifts')
      .selectAll()
      .where('workspace_id', '=', ctx.user!.workspaceId)
      .where('starts_at', '>=', new Date(args.from))
      .where('starts_at', '<', new Date(args.to))
      .orderBy('starts_at')
      .execute(),

  // ok: missing-auth
  async shift(_: unknown, { id }: { id: string }, { db }: Context) {
    // expect: unscoped-tenant-query
    return db.selectFrom('shifts').selectAll().where('id', '=', id).executeTakeFirst();
  },

  // ok: missing-auth
  async myShifts(_: unknown, __: unknown, { db, user }: Context) {
    // ok: unscoped-tenant-query
    return db.selectFrom('shifts').selectAll().where('user_id', '=', user!.id).orderBy('starts_at', 'desc').limit(50).execute();
  },

  // ok: missing-auth
  // expect: missing-rate-limit
  async exportShiftsCsv(_: unknown, args: { from: string; to: string }, { db, user }: Context) {
    // ok: unscoped-tenant-query
    const rows = await db
      .selectFrom('shifts')
      .leftJoin('users', 'users.id', 'shifts.user_id')
      .select(['shifts.starts_at', 'shifts.ends_at', 'shifts.location', 'users.name'])
      .where('shifts.workspace_id', '=', user!.workspaceId)
      .where('shifts.starts_at', '>=', new Date(args.from))
      .where('shifts.starts_at', '<', new Date(args.to))
      .execute();
    return rows.map((r) => [r.name ?? '', r.starts_at.toISOString(), r.ends_at.toISOString(), r.location ?? ''].join(',')).join('\n');
  },

  // expect: missing-auth
  async workspaceUsage(_: unknown, { workspaceId }: { workspaceId: string }, { db }: Context) {
    const row = await db
      .selectFrom('shifts')
      .select([sql<number>`count(*)`.as('shifts'), sql<number>`sum(extract(epoch from ends_at - starts_at)) / 3600`.as('hours')])
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return JSON.stringify(row);
  },
};

export const shiftMutations = {
  // ok: missing-auth, missing-input-validation, missing-role-check
  createShift: async (_: unknown, { input }: { input: unknown }, ctx: Context) => {
    const data = ShiftInput.parse(input);
    await assertStaffInWorkspace(ctx, data.userId);
    return ctx.db
      .insertInto('shifts')
      .values({
        workspace_id: ctx.user!.workspaceId,
        user_id: data.userId ?? null,
        starts_at: data.startsAt,
        ends_at: data.endsAt,
        location: data.location ?? null,
        note: data.note ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  // ok: missing-auth, missing-input-validation
  updateShift: async (_: unknown, { id, input }: { id: string; input: unknown }, ctx: Context) => {
    const data = ShiftInput.parse(input);
    await assertStaffInWorkspace(ctx, data.userId);
    // expect: unscoped-tenant-query
    return ctx.db
      .updateTable('shifts')
      .set({ user_id: data.userId ?? null, starts_at: data.startsAt, ends_at: data.endsAt, location: data.location ?? null, note: data.note ?? null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  // ok: missing-auth
  deleteShift: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    // ok: unscoped-tenant-query
    const res = await ctx.db.deleteFrom('shifts').where('id', '=', id).where('workspace_id', '=', ctx.user!.workspaceId).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },
};
