import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

export async function GET() {
  const session = await getServerSession(authOptions);
  // ok: unscoped-tenant-query
  const rooms = await prisma.room.findMany({ where: { workspaceId: session!.user.workspaceId }, orderBy: { name: 'asc' } });
  return NextResponse.json(rooms);
}

const RoomInput = z.object({ name: z.string().min(1), capacity: z.number().int().positive(), floor: z.string().optional() });

export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session || session.user.role === 'MEMBER') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  const data = RoomInput.parse(await req.json());
  const room = await prisma.room.create({ data: { ...data, workspaceId: session.user.workspaceId } });
  return NextResponse.json(room, { status: 201 });
}
