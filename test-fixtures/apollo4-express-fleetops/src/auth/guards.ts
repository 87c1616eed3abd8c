import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context, Viewer } from '../context';

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) {
    throw new GraphQLError('You must be signed in', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  return ctx.viewer;
}

const MANAGERS = new Set(['OWNER', 'ADMIN']);

export function requireManager(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!MANAGERS.has(viewer.role)) {
    throw new GraphQLError('Managers only', { extensions: { code: 'FORBIDDEN' } });
  }
  return viewer;
}

export function assertSameOrg(viewer: Viewer, row: { orgId: string } | null): asserts row is { orgId: string } {
  if (!row || row.orgId !== viewer.orgId) {
    throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
  }
}

export type AuthedContext = Context & { viewer: Viewer };
type Resolver<A, R> = (parent: unknown, args: A, ctx: AuthedContext, info: GraphQLResolveInfo) => R;

// wraps a resolver so it only runs for signed-in callers
export function authed<A, R>(fn: Resolver<A, R>) {
  return (parent: unknown, args: A, ctx: Context, info: GraphQLResolveInfo) => {
    requireViewer(ctx);
    return fn(parent, args, ctx as AuthedContext, info);
  };
}

export function managersOnly<A, R>(fn: Resolver<A, R>) {
  return (parent: unknown, args: A, ctx: Context, info: GraphQLResolveInfo) => {
    requireManager(ctx);
    return fn(parent, args, ctx as AuthedContext, info);
  };
}
