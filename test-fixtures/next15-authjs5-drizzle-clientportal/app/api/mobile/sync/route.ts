import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { jwtVerify } from 'jose';
import { and, eq, gt } from 'drizzle-orm';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

// expect: insecure-jwt
const secret = new TextEncoder().encode(process.env.MOBILE_JWT_SECRET ?? 'mobile-dev-secret');

// Incremental sync for the mobile app (bearer token, no cookie session).
// ok: missing-auth
export async function GET(req: Request) {
  const authorization = (await headers()).get('authorization');
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
  if (!token) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  let orgId: string;
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    orgId = payload.orgId as string;
  } catch {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  const since = new URL(req.url).searchParams.get('since') ?? '1970-01-01';
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), gt(invoices.createdAt, new Date(since))));
  return NextResponse.json(rows);
}
