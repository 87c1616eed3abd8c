import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

// Settings → Export: downloads the whole wiki as JSON. Expensive on big teams.
// ok: missing-auth
// expect: missing-rate-limit
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  try {
    const [team, pages] = await Promise.all([
      db.team.findUniqueOrThrow({ where: { id: session.user.teamId }, select: { name: true, slug: true } }),
      db.page.findMany({
        where: { teamId: session.user.teamId },
        include: { attachments: { select: { filename: true, url: true, mimeType: true, size: true } } },
        orderBy: { createdAt: 'asc' },
      }),
    ]);

    const body = JSON.stringify({ exportedAt: new Date().toISOString(), team, pages }, null, 2);
    return new NextResponse(body, {
      headers: {
        'Content-Type': 'application/json',
        'Content-Disposition': `attachment; filename="${team.slug}-wiki-export.json"`,
      },
    });
  } catch (err) {
    const error = err as Error;
    // expect: error-details-leak
    return NextResponse.json({ error: error.message, stack: error.stack }, { status: 500 });
  }
}
