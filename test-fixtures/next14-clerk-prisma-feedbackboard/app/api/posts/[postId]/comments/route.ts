import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { requireOrg, toResponse } from '@/lib/auth';
import { commentSchema } from '@/lib/validation';

type Ctx = { params: { postId: string } };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  try {
    const { orgId } = requireOrg();
    // ok: unscoped-tenant-query
    const comments = await prisma.comment.findMany({ where: { postId: params.postId, orgId }, orderBy: { createdAt: 'asc' } });
    return NextResponse.json(comments);
  } catch (err) {
    return toResponse(err);
  }
}

// ok: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  try {
    const { orgId, userId } = requireOrg();
    const input = commentSchema.parse(await req.json());
    // ok: unscoped-tenant-query
    const post = await prisma.post.findFirst({ where: { id: params.postId, orgId } });
    if (!post) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    const comment = await prisma.comment.create({ data: { ...input, orgId, postId: post.id, authorId: userId } });
    return NextResponse.json(comment, { status: 201 });
  } catch (err) {
    return toResponse(err);
  }
}
