import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Listed as public in middleware.ts for the tracking page, but it returns the whole order
// (email, shipping address) to anyone holding or guessing the id.
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const order = await db.order.findUnique({ where: { id: params.id } });
  if (!order) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(order);
}
