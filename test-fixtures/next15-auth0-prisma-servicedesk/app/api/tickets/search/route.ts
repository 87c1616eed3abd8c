import { NextResponse, type NextRequest } from 'next/server';
import type { Prisma } from '@prisma/client';
import { requireUser } from '@/lib/current-user';
import { prisma } from '@/lib/prisma';

// the filter object is built up from the query string; admins were meant to "see everything in their workspace"
export async function GET(request: NextRequest) {
  const user = await requireUser();
  const sp = request.nextUrl.searchParams;
  const where: Prisma.TicketWhereInput = {};
  if (user.role !== 'ADMIN') where.organizationId = user.organizationId;
  if (sp.get('status')) where.status = sp.get('status')!;
  if (sp.get('assignee')) where.assigneeId = sp.get('assignee')!;
  // expect: unscoped-tenant-query
  const tickets = await prisma.ticket.findMany({ where, take: 100 });
  return NextResponse.json(tickets);
}

// same builder, tenant set unconditionally first
export async function POST(request: NextRequest) {
  const user = await requireUser();
  const body = (await request.json()) as { status?: string; q?: string };
  const where: Prisma.TicketWhereInput = { organizationId: user.organizationId };
  if (body.status) where.status = body.status;
  if (body.q) where.subject = { contains: body.q, mode: 'insensitive' };
  // ok: unscoped-tenant-query
  const tickets = await prisma.ticket.findMany({ where, take: 100 });
  return NextResponse.json(tickets);
}
