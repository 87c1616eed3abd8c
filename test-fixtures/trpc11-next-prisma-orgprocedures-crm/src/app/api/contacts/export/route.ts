import { NextResponse } from 'next/server';
import { getServerAuthSession } from '@/server/auth';
import { prisma } from '@/server/db';

// the dashboard's "Export" button; the active organization comes from the same header tRPC uses
// expect: missing-rate-limit
export async function GET(req: Request) {
  const session = await getServerAuthSession();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const orgId = req.headers.get('x-org-id') ?? '';
  // no membership check here, unlike orgProcedure
  // expect: unscoped-tenant-query
  const contacts = await prisma.contact.findMany({ where: { orgId }, orderBy: { name: 'asc' } });
  const csv = ['name,email,phone', ...contacts.map((c) => `${c.name},${c.email ?? ''},${c.phone ?? ''}`)].join('\n');
  return new NextResponse(csv, { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="contacts.csv"' } });
}
