import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { boards, cards, db } from '@/db';
import { exportLimiter } from '@/lib/ratelimit';

// ok: missing-auth, missing-rate-limit
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return new Response('unauthorized', { status: 401 });
  const { success } = await exportLimiter.limit(session.user.id);
  if (!success) return new Response('slow down', { status: 429 });

  // ok: unscoped-tenant-query
  const board = await db.query.boards.findFirst({ where: and(eq(boards.id, id), eq(boards.teamId, session.user.teamId)) });
  if (!board) return new Response('not found', { status: 404 });
  // ok: unscoped-tenant-query
  const rows = await db.select().from(cards).where(eq(cards.boardId, board.id));
  const csv = ['title,column', ...rows.map((c) => `"${c.title.replace(/"/g, '""')}",${c.columnId}`)].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv' } });
}
