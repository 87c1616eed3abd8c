import type { Context, Next } from 'koa';
import type { Role } from '@prisma/client';
import { prisma } from '../lib/db';
import { logger } from '../lib/logger';

export const SESSION_COOKIE = 'lc_sid';

export interface SessionUser {
  id: string;
  workspaceId: string;
  role: Role;
  email: string;
}

// loads the signed-in user when there is a session cookie; anonymous requests pass through
export async function loadSession(ctx: Context, next: Next) {
  const sid = ctx.cookies.get(SESSION_COOKIE, { signed: true });
  if (sid) {
    // expect: token-logging
    logger.debug(`resolving session ${sid}`);
    // ok: unscoped-tenant-query
    const session = await prisma.session.findUnique({ where: { id: sid }, include: { user: true } });
    if (session && session.expiresAt > new Date()) {
      const { id, workspaceId, role, email } = session.user;
      ctx.state.user = { id, workspaceId, role, email } satisfies SessionUser;
    }
  }
  await next();
}

export async function requireUser(ctx: Context, next: Next) {
  if (!ctx.state.user) {
    ctx.status = 401;
    ctx.body = { error: 'Sign in required' };
    return;
  }
  await next();
}

export function requireRole(...roles: Role[]) {
  return async (ctx: Context, next: Next) => {
    const user = ctx.state.user as SessionUser | undefined;
    if (!user || !roles.includes(user.role)) ctx.throw(403, 'Insufficient role');
    await next();
  };
}
