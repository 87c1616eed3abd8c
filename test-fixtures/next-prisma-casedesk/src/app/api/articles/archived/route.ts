import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// Archived articles of every firm: `archivedAt` being set does not make a row public.
// expect: missing-auth
export async function GET() {
  const articles = await prisma.article.findMany({
    where: { archivedAt: { not: null } },
    select: { id: true, title: true, body: true },
  });
  return NextResponse.json(articles);
}
