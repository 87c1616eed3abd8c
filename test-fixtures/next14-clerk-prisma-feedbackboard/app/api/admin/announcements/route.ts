import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requirePlatformAdmin, toResponse } from '@/lib/auth';

const announcementSchema = z.object({ title: z.string().min(3).max(120), body: z.string().max(5000) });

// ok: missing-role-check
export async function GET() {
  try {
    requirePlatformAdmin();
    return NextResponse.json(await prisma.announcement.findMany({ orderBy: { createdAt: 'desc' }, take: 50 }));
  } catch (err) {
    return toResponse(err);
  }
}

// expect: missing-role-check
export async function POST(req: Request) {
  const { userId } = auth();
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const data = announcementSchema.parse(await req.json());
  const announcement = await prisma.announcement.create({ data });
  return NextResponse.json(announcement, { status: 201 });
}

// ok: missing-role-check
export async function DELETE(req: Request) {
  const { userId, sessionClaims } = auth();
  if (!userId || sessionClaims?.metadata?.role !== 'platform_admin') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  const id = new URL(req.url).searchParams.get('id');
  if (!id) return NextResponse.json({ error: 'id required' }, { status: 400 });
  await prisma.announcement.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
