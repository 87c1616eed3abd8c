import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { cards, db, memberships, teams, users } from '@/db';
import { sendMail } from '@/lib/email';

// ok: missing-auth
export async function GET(req: Request) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  // ok: token-logging
  console.log('digest cron started', { ua: req.headers.get('user-agent') });
  // ok: unscoped-tenant-query
  const allTeams = await db.select().from(teams);
  for (const team of allTeams) {
    // ok: unscoped-tenant-query
    const open = await db.select().from(cards).where(and(eq(cards.teamId, team.id), eq(cards.archived, false)));
    // ok: unscoped-tenant-query
    const owners = await db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.teamId, team.id), eq(memberships.role, 'owner')));
    for (const o of owners) await sendMail(o.email, `${team.name}: ${open.length} open cards`, '');
  }
  return NextResponse.json({ teams: allTeams.length });
}
