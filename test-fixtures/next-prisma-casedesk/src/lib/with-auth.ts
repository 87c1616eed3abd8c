import { NextResponse } from 'next/server';
import type { Session } from 'next-auth';
import { auth } from '@/auth';

type Handler<C> = (req: Request, ctx: C, user: NonNullable<Session['user']>) => Promise<Response>;

/** Route handler wrapper: 401 without a session, the user handed to the handler otherwise. */
export function withAuth<C>(handler: Handler<C>) {
  return async (req: Request, ctx: C) => {
    const session = await auth();
    if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
    return handler(req, ctx, session.user);
  };
}
