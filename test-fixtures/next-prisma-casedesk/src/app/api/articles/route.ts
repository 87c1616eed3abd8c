import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// The firm's public knowledge base: articles are readable by anyone once published.
// ok: missing-auth
export async function GET() {
  // ok: unscoped-tenant-query
  const articles = await prisma.article.findMany({
    where: { publishedAt: { not: null } },
    select: { id: true, title: true, publishedAt: true },
    orderBy: { publishedAt: 'desc' },
    take: 50,
  });
  return NextResponse.json(articles);
}
