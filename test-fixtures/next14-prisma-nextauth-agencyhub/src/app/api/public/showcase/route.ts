import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET() {
  const projects = await prisma.project.findMany({
    where: { published: true },
    select: { id: true, name: true, client: true },
    take: 24,
  });
  return NextResponse.json(projects);
}
