import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';

type Ctx = { params: { postId: string } };

// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  const { userId, orgId } = auth();
  if (!userId || !orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const post = await prisma.post.findFirst({ where: { id: params.postId, orgId }, select: { id: true } });
  if (!post) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  await prisma.$transaction([
    prisma.vote.create({ data: { postId: post.id, userId } }),
    prisma.post.update({ where: { id: post.id }, data: { voteCount: { increment: 1 } } }),
  ]);
  return NextResponse.json({ voted: true }, { status: 201 });
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId } = auth();
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const { count } = await prisma.vote.deleteMany({ where: { postId: params.postId, userId } });
  // (runs only when the caller's own vote on the post was there: the id is one the caller could vote on)
  // ok: unscoped-tenant-query
  if (count) await prisma.post.update({ where: { id: params.postId }, data: { voteCount: { decrement: count } } });
  return new NextResponse(null, { status: 204 });
}
