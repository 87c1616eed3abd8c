import crypto from 'node:crypto';
import type { YogaInitialContext } from 'graphql-yoga';
import { db, type DB } from './db';

export interface SessionUser {
  id: string;
  workspaceId: string;
  role: 'owner' | 'manager' | 'staff';
  isPlatformAdmin: boolean;
}

export interface Context extends YogaInitialContext {
  db: DB;
  user: SessionUser | null;
  clientIp: string;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

function sessionToken(request: Request): string | null {
  const auth = request.headers.get('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  const cookie = request.headers.get('cookie') ?? '';
  const match = /(?:^|;\s*)shiftly_sid=([^;]+)/.exec(cookie);
  return match ? decodeURIComponent(match[1]) : null;
}

// never throws: the shield rules decide what anonymous callers may do
export async function buildContext({ request }: YogaInitialContext): Promise<Omit<Context, keyof YogaInitialContext>> {
  const token = sessionToken(request);
  let user: SessionUser | null = null;
  if (token) {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.workspace_id', 'users.role', 'users.is_platform_admin'])
      .where('sessions.token_hash', '=', hashToken(token))
      .where('sessions.expires_at', '>', new Date())
      .executeTakeFirst();
    if (row) user = { id: row.id, workspaceId: row.workspace_id, role: row.role, isPlatformAdmin: row.is_platform_admin };
  }
  return { db, user, clientIp: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown' };
}
