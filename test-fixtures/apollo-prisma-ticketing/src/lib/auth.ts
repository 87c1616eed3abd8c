import jwt from 'jsonwebtoken';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';

export interface Viewer {
  id: string;
  organizationId: string;
  role: 'agent' | 'admin';
}

export interface Context {
  user: Viewer | null;
}

/** The bearer token's claims, or null: anonymous requests reach the resolvers (login must work). */
export function viewerFrom(req: Request): Viewer | null {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return null;
  try {
    return jwt.verify(header.slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as Viewer;
  } catch {
    return null;
  }
}

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.user) throw new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.user;
}

export function requireAdmin(ctx: Context): Viewer {
  const user = requireViewer(ctx);
  if (user.role !== 'admin') throw new GraphQLError('Admins only', { extensions: { code: 'FORBIDDEN' } });
  return user;
}
