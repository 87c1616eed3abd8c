import { NextResponse } from 'next/server';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { projects } from '@/db/schema';

// The e-signature provider calls this when a client signs a statement of work.
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get('x-esign-signature') ?? '';
  const expected = createHmac('sha256', process.env.ESIGN_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (signature !== expected) {
    return new Response('Invalid signature', { status: 401 });
  }
  const event = JSON.parse(raw) as { event: string; metadata: { projectId: string } };
  if (event.event === 'document.completed') {
    await db.update(projects).set({ status: 'signed' }).where(eq(projects.id, Number(event.metadata.projectId)));
  }
  return NextResponse.json({ ok: true });
}
