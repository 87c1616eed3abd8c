import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';
import { updatePostSchema } from '@/lib/validation';

type Ctx = { params: { postId: string } };

export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = auth();
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const post = await prisma.post.findUnique({ where: { id: params.postId }, include: { comments: true } });
  if (!post) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(post);
}

// ok: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { orgId } = auth();
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const parsed = updatePostSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  // ok: unscoped-tenant-query
  const post = await prisma.post.findUnique({ where: { id: params.postId } });
  if (!post || post.orgId !== orgId) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const updated = await prisma.post.update({ where: { id: post.id }, data: parsed.data });
  return NextResponse.json(updated);
}
