import { z } from 'zod';
import { db } from '@/lib/db';

const metricSchema = z.object({ event: z.enum(['app.open', 'app.close']) });

// anonymous app telemetry: no provider sends these
// ok: unverified-webhook
// expect: missing-auth
export async function POST(req: Request) {
  const { event } = metricSchema.parse(await req.json());
  if (event === 'app.open') await db.metric.create({ data: { name: event } });
  return new Response(null, { status: 204 });
}
