import { NextResponse } from 'next/server';
import { db } from '@/lib/db';
import { getSession } from '@/lib/session';

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  try {
    const invoice = await db.invoice.findFirst({ where: { id: params.id, merchantId: session.merchantId } });
    if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(invoice);
  } catch (err) {
    console.error(err);
    // ok: error-details-leak
    return NextResponse.json({ error: 'Failed to load invoice' }, { status: 500 });
  }
}

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  try {
    await db.invoice.deleteMany({ where: { id: params.id, merchantId: session.merchantId, status: 'draft' } });
    return new Response(null, { status: 204 });
  } catch (err: any) {
    // expect: error-details-leak
    return NextResponse.json({ error: err.message, stack: err.stack }, { status: 500 });
  }
}
