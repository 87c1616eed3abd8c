import { eq } from 'drizzle-orm';
import { cards, db } from '@/db';
import { requireTeamMember, toResponse } from '@/lib/session';

// expect: missing-rate-limit
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  try {
    const { teamId } = await params;
    await requireTeamMember(teamId);
    // ok: unscoped-tenant-query
    const rows = await db.select().from(cards).where(eq(cards.teamId, teamId));
    const csv = ['id,title,column,board', ...rows.map((c) => `${c.id},"${c.title}",${c.columnId},${c.boardId}`)].join('\n');
    return new Response(csv, {
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="cards.csv"' },
    });
  } catch (err) {
    return toResponse(err);
  }
}
