import { NextRequest, NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

// Customers embed their wiki in their intranet; the browser sends the wiki session along.
const PARTNER_ORIGINS = (process.env.EMBED_ORIGINS ?? '').split(',').filter(Boolean);

function corsHeaders(origin: string): Record<string, string> {
  const headers: Record<string, string> = { 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
  // ok: cors-wildcard
  if (PARTNER_ORIGINS.includes(origin)) headers['Access-Control-Allow-Origin'] = origin;
  return headers;
}

// ok: missing-auth
export async function GET(req: NextRequest) {
  const origin = req.headers.get('origin') ?? '';
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: corsHeaders(origin) });
  // ok: unscoped-tenant-query
  const pages = await db.page.findMany({ where: { teamId: session.user.teamId, archived: false }, select: { id: true, title: true } });
  return NextResponse.json(pages, { headers: corsHeaders(origin) });
}

// ok: missing-auth
export async function OPTIONS(req: NextRequest) {
  const origin = req.headers.get('origin') ?? '';
  const res = new NextResponse(null, { status: 204 });
  // any subdomain of the customer's intranet... and anything else ending the same way
  if (origin.endsWith('.intranet.example.com') || origin.endsWith('example.com')) {
    // expect: cors-wildcard
    res.headers.set('Access-Control-Allow-Origin', origin);
    res.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return res;
}
