import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { boards, db } from '@/db';

// published boards are world-readable (embeds on marketing sites)
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const board = await db.query.boards.findFirst({
    where: and(eq(boards.slug, slug), eq(boards.isPublic, true)),
    columns: { id: true, title: true, slug: true },
  });
  if (!board) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(board);
}
