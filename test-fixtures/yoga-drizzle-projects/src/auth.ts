import { jwtVerify } from 'jose';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

export interface CurrentUser {
  id: string;
  workspaceId: string;
  role: 'member' | 'owner';
}

export interface GraphQLContext {
  currentUser: CurrentUser | null;
}

const key = new TextEncoder().encode(process.env.JWT_SECRET);

export async function authenticateUser(request: Request): Promise<CurrentUser | null> {
  const header = request.headers.get('authorization');
  if (!header?.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), key);
    return payload as unknown as CurrentUser;
  } catch {
    return null;
  }
}

/** Wraps a resolver so anonymous calls fail before it runs. */
export function authed<A>(resolver: GraphQLFieldResolver<unknown, GraphQLContext, A>): GraphQLFieldResolver<unknown, GraphQLContext, A> {
  return (parent, args, ctx, info) => {
    if (!ctx.currentUser) throw new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
    return resolver(parent, args, ctx, info);
  };
}
