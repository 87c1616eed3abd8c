import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET(req: Request, { params }: { params: { slug: string } }) {
  const org = new URL(req.url).searchParams.get('org');
  if (!org) return NextResponse.json({ error: 'org required' }, { status: 400 });
  const board = await prisma.board.findFirst({
    where: { slug: params.slug, org: { slug: org }, isPublic: true },
    select: {
      name: true,
      description: true,
      posts: { select: { id: true, title: true, status: true, voteCount: true }, orderBy: { voteCount: 'desc' } },
    },
  });
  if (!board) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(board);
}
