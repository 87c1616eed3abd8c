import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from './better-auth';
import { prisma } from './prisma';

type Handler = (req: Request, ctx: { workspace: { id: string }; userId: string; params: Record<string, string> }) => Promise<Response>;

/** Authenticates with Better Auth, loads the caller's workspace membership, and hands both to the handler. */
export function withWorkspace(handler: Handler) {
  return async (req: Request, { params }: { params: Record<string, string> }) => {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
    const slug = req.headers.get('x-workspace-id');
    const member = await prisma.member.findFirst({ where: { userId: session.user.id, workspaceId: slug ?? undefined } });
    if (!member) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
    return handler(req, { workspace: { id: member.workspaceId }, userId: session.user.id, params });
  };
}
