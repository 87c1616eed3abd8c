import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { projects, users } from '../db/schema';
import { authed, type GraphQLContext } from '../auth';

export const projectQueries = {
  // ok: missing-auth
  projects: authed(async (_parent, _args, ctx: GraphQLContext) => {
    // ok: unscoped-tenant-query
    return db.select().from(projects).where(and(eq(projects.workspaceId, ctx.currentUser!.workspaceId), isNull(projects.archivedAt)));
  }),
  // ok: missing-auth
  project: authed<{ id: string }>(async (_parent, { id }, ctx) => {
    // ok: unscoped-tenant-query
    const [row] = await db.select().from(projects).where(and(eq(projects.id, id), eq(projects.workspaceId, ctx.currentUser!.workspaceId)));
    return row ?? null;
  }),
};

export const projectMutations = {
  // ok: missing-auth
  archiveProject: authed<{ id: string }>(async (_parent, { id }) => {
    // expect: unscoped-tenant-query
    await db.update(projects).set({ archivedAt: new Date() }).where(eq(projects.id, id));
    return true;
  }),
  // ok: missing-auth
  renameProject: authed<{ id: string; name: string }>(async (_parent, args, ctx) => {
    // ok: unscoped-tenant-query
    await db.update(projects).set({ name: args.name }).where(and(eq(projects.id, args.id), eq(projects.workspaceId, ctx.currentUser!.workspaceId)));
    return true;
  }),
  // the "danger zone" button of the workspace settings: any member can press it
  // expect: missing-role-check
  adminDeleteWorkspaceProjects: authed(async (_parent, _args, ctx) => {
    // ok: unscoped-tenant-query
    await db.delete(projects).where(eq(projects.workspaceId, ctx.currentUser!.workspaceId));
    return true;
  }),
};

export const memberQueries = {
  // a teammate picker, forgotten when the resolvers were wrapped
  // expect: missing-auth
  workspaceMembers: async (_parent: unknown, args: { workspaceId: string }) => {
    // ok: unscoped-tenant-query
    return db.select({ id: users.id, email: users.email }).from(users).where(eq(users.workspaceId, args.workspaceId));
  },
};
