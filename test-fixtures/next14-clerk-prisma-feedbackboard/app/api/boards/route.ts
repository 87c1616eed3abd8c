import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET() {
  const { orgId } = auth();
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const boards = await prisma.board.findMany({ where: { orgId }, orderBy: { createdAt: 'asc' } });
  return NextResponse.json(boards);
}

// expect: missing-input-validation
export async function POST(req: Request) {
  const { orgId } = auth();
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const body = await req.json();
  const board = await prisma.board.create({ data: { ...body, orgId } });
  return NextResponse.json(board, { status: 201 });
}
