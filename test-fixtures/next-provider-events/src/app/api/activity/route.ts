import { z } from 'zod';
import { auth } from '@/auth';
import { db } from '@/lib/db';

const activitySchema = z.object({ type: z.enum(['shift.completed', 'shift.cancelled']) });

// a signed-in user records what happened to a shift: event names, but the caller is a user
// ok: unverified-webhook
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.teamId) return new Response('unauthorized', { status: 401 });
  const body = activitySchema.parse(await req.json());
  if (body.type === 'shift.completed') {
    await db.activity.create({ data: { kind: body.type, teamId: session.user.teamId } });
  }
  return new Response(null, { status: 201 });
}
