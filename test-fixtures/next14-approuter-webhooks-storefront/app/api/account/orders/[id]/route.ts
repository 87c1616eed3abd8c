import { auth } from '@clerk/nextjs/server';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';

async function currentDbUser() {
  const { userId } = auth();
  if (!userId) return null;
  return db.user.findUnique({ where: { clerkId: userId } });
}

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const user = await currentDbUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const order = await db.order.findUnique({ where: { id: params.id } });
  if (!order) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(order);
}

const NoteBody = z.object({ note: z.string().max(500) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: { id: string } }) {
  const user = await currentDbUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { note } = NoteBody.parse(await req.json());
  // ok: unscoped-tenant-query
  const result = await db.order.updateMany({ where: { id: params.id, userId: user.id }, data: { note } });
  if (result.count === 0) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json({ ok: true });
}
