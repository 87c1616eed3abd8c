import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { auth0 } from '@/lib/auth0';
import { requireUser } from '@/lib/current-user';
import { assertSameOrg } from '@/lib/guards';

const CommentInput = z.object({ body: z.string().min(1).max(5000), internal: z.boolean().default(false) });

// the customer widget polls this; the session check was never added
// expect: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: unscoped-tenant-query
  const comments = await prisma.comment.findMany({ where: { ticketId: id }, orderBy: { createdAt: 'asc' } });
  return NextResponse.json(comments);
}

// agents reply from the ticket view
// ok: missing-input-validation
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  // ok: unscoped-tenant-query
  const ticket = assertSameOrg(await prisma.ticket.findUnique({ where: { id } }), user);
  const { body, internal } = CommentInput.parse(await request.json());
  const comment = await prisma.comment.create({
    data: { organizationId: user.organizationId, ticketId: ticket.id, authorId: user.id, body, internal },
  });
  return NextResponse.json(comment, { status: 201 });
}

// agents remove their own notes
export async function DELETE(request: Request) {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const commentId = new URL(request.url).searchParams.get('commentId') ?? '';
  // ok: unscoped-tenant-query
  const removed = await prisma.comment.deleteMany({
    where: { id: commentId, ticket: { organization: { users: { some: { auth0Sub: session.user.sub } } } } },
  });
  return NextResponse.json({ removed: removed.count });
}
