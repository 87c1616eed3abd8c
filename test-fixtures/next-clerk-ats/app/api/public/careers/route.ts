import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';

const QuerySchema = z.object({
  org: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
});

/** Public careers feed: only published jobs of organizations that enabled their careers page. */
// ok: missing-auth
export async function GET(req: Request) {
  const parsed = QuerySchema.safeParse({ org: new URL(req.url).searchParams.get('org') });
  if (!parsed.success) {
    return NextResponse.json({ error: 'Missing or invalid org' }, { status: 400 });
  }

  const org = await prisma.organization.findUnique({
    where: { slug: parsed.data.org },
    select: { id: true, name: true, careersEnabled: true, careersHeadline: true },
  });
  if (!org || !org.careersEnabled) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }

  const jobs = await prisma.job.findMany({
    where: { orgId: org.id, status: 'PUBLISHED' },
    select: {
      id: true,
      title: true,
      department: true,
      location: true,
      description: true,
      publishedAt: true,
    },
    orderBy: { publishedAt: 'desc' },
  });

  return NextResponse.json(
    { organization: { name: org.name, headline: org.careersHeadline }, jobs },
    { headers: { 'Cache-Control': 'public, s-maxage=300, stale-while-revalidate=600' } },
  );
}
