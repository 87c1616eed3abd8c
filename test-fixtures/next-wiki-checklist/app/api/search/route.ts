import { NextRequest, NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Quick search in the sidebar; the client passes its team id along with the query.
// expect: missing-auth
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q')?.trim() ?? '';
  const teamId = req.nextUrl.searchParams.get('teamId');
  if (!teamId || q.length < 2) return NextResponse.json({ results: [] });

  const results = await db.page.findMany({
    where: {
      teamId,
      archived: false,
      OR: [
        { title: { contains: q, mode: 'insensitive' } },
        { content: { contains: q, mode: 'insensitive' } },
      ],
    },
    select: { id: true, title: true, slug: true, updatedAt: true },
    orderBy: { updatedAt: 'desc' },
    take: 20,
  });

  return NextResponse.json({ results });
}
