import { NextResponse } from 'next/server';
import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { cards, db } from '@/db';

// closes cards mentioned in merged pull requests ("closes TB-<cardId>")
// expect: unverified-webhook
// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const expected = 'sha256=' + createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (req.headers.get('x-hub-signature-256') !== expected) {
    return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  }
  const payload = JSON.parse(raw);
  if (req.headers.get('x-github-event') === 'pull_request' && payload.action === 'closed' && payload.pull_request.merged) {
    const ids = [...String(payload.pull_request.body ?? '').matchAll(/closes TB-([0-9a-f-]{36})/gi)].map((m) => m[1]);
    for (const id of ids) {
      // ok: unscoped-tenant-query
      await db.update(cards).set({ columnId: 'done' }).where(and(eq(cards.id, id), eq(cards.archived, false)));
    }
  }
  return NextResponse.json({ ok: true });
}
