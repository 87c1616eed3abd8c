import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// the customer widget polls this; the session check was never added
// expect: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: unscoped-tenant-query
  const comments = await prisma.comment.findMany({ where: { ticketId: id }, orderBy: { createdAt: 'asc' } });
  return NextResponse.json(comments);
}
