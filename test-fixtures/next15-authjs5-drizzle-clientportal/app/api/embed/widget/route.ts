import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

const ALLOWED_ORIGINS = (process.env.EMBED_ALLOWED_ORIGINS ?? '').split(',');

// Widget embedded in customers' own intranets.
export async function GET(req: Request) {
  const origin = req.headers.get('origin') ?? '';
  // ok: token-logging
  console.log('embed request', { origin, hasAuth: Boolean(req.headers.get('authorization')) });
  const session = await auth();
  if (!session?.user) {
    // expect: token-logging
    console.warn('embed auth failed', req.headers.get('authorization'));
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const rows = await db.select().from(invoices).where(eq(invoices.orgId, session.user.orgId));
  return NextResponse.json(rows, {
    headers: {
      // ok: cors-wildcard
      'Access-Control-Allow-Origin': ALLOWED_ORIGINS.includes(origin) ? origin : '',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}

export async function OPTIONS(req: Request) {
  return new NextResponse(null, {
    headers: {
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': req.headers.get('origin') ?? '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
    },
  });
}
