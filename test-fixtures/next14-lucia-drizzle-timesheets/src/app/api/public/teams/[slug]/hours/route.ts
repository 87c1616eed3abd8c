import { NextResponse } from 'next/server';
import { and, eq, sum } from 'drizzle-orm';
import { db } from '@/db';
import { teams, timeEntries } from '@/db/schema';

// total approved hours for a team's public badge; the slug is public on purpose
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { slug: string } }) {
  const team = await db.query.teams.findFirst({ where: eq(teams.slug, params.slug), columns: { id: true, name: true } });
  if (!team) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const [row] = await db
    .select({ minutes: sum(timeEntries.minutes) })
    .from(timeEntries)
    .where(and(eq(timeEntries.teamId, team.id), eq(timeEntries.status, 'approved')));
  return NextResponse.json({ team: team.name, hours: Math.round(Number(row?.minutes ?? 0) / 60) });
}
