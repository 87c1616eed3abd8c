import { NextResponse } from 'next/server';
import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { timeEntries, users } from '@/db/schema';

// "/log 2h acme-redesign" slash command
// expect: unverified-webhook
export async function POST(request: Request) {
  const raw = await request.text();
  const ts = request.headers.get('x-slack-request-timestamp') ?? '';
  const sig = request.headers.get('x-slack-signature') ?? '';
  const mine = 'v0=' + createHmac('sha256', process.env.SLACK_SIGNING_SECRET!).update(`v0:${ts}:${raw}`).digest('hex');
  if (sig !== mine) return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  const form = new URLSearchParams(raw);
  const email = form.get('user_email') ?? '';
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (!user) return NextResponse.json({ text: 'Unknown user' });
  const [hours, projectId] = (form.get('text') ?? '').split(' ');
  await db.insert(timeEntries).values({
    id: crypto.randomUUID(),
    teamId: user.teamId,
    userId: user.id,
    projectId,
    day: new Date().toISOString().slice(0, 10),
    minutes: Math.round(parseFloat(hours) * 60),
  });
  const today = await db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.userId, user.id), eq(timeEntries.teamId, user.teamId)));
  return NextResponse.json({ text: `Logged. ${today.length} entries today.` });
}
