import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';
import { createPostSchema } from '@/lib/validation';

type Ctx = { params: { boardId: string } };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { orgId } = auth();
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const board = await prisma.board.findFirst({ where: { id: params.boardId, orgId } });
  if (!board) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const posts = await prisma.post.findMany({ where: { boardId: board.id }, orderBy: { voteCount: 'desc' } });
  return NextResponse.json(posts);
}

// ok: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { orgId, userId } = auth();
  if (!orgId || !userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const parsed = createPostSchema.omit({ boardId: true }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: 'Invalid post' }, { status: 400 });
  try {
    // ok: unscoped-tenant-query
    const board = await prisma.board.findFirstOrThrow({ where: { id: params.boardId, orgId } });
    const post = await prisma.post.create({ data: { ...parsed.data, orgId, boardId: board.id, authorId: userId } });
    return NextResponse.json(post, { status: 201 });
  } catch (error) {
    // expect: error-details-leak
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}
