import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// /api/clients is not in the middleware matcher and this handler never asks for the session
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: unscoped-tenant-query
  const client = await prisma.client.findUnique({ where: { id }, include: { invoices: true } });
  if (!client) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(client);
}
