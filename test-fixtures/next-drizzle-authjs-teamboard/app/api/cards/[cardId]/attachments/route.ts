import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { put } from '@vercel/blob';
import { auth } from '@/auth';
import { attachments, cards, db } from '@/db';

// the client's file name is stored as sent
// expect: missing-rate-limit, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const card = await db.query.cards.findFirst({
    where: and(eq(cards.id, cardId), eq(cards.teamId, session.user.teamId)),
  });
  if (!card) return NextResponse.json({ error: 'not found' }, { status: 404 });

  // expect: unrestricted-upload
  const form = await req.formData();
  const file = form.get('file') as File | null;
  if (!file) return NextResponse.json({ error: 'file required' }, { status: 400 });
  const blob = await put(`cards/${card.id}/${file.name}`, file, { access: 'public' });
  const [row] = await db
    .insert(attachments)
    .values({ cardId: card.id, teamId: card.teamId, url: blob.url, fileName: file.name, sizeBytes: file.size })
    .returning();
  return NextResponse.json(row, { status: 201 });
}
