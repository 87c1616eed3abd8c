import { assertSignedByQstash } from '@/lib/jobs/queue';
import { db } from '@/lib/db';

// QStash calls this on a schedule; the helper checks its signature before anything runs
// ok: unverified-webhook
// ok: missing-auth
export async function POST(req: Request) {
  const rawBody = await req.text();
  await assertSignedByQstash(req, rawBody);
  const { shiftDate } = JSON.parse(rawBody) as { shiftDate: string };
  const shifts = await db.shift.findMany({ where: { date: new Date(shiftDate), reminded: false } });
  await db.shift.updateMany({ where: { id: { in: shifts.map((s) => s.id) } }, data: { reminded: true } });
  return Response.json({ reminded: shifts.length });
}
