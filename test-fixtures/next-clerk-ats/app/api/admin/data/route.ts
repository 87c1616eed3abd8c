import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg } from '@/lib/org';

const DAY_MS = 24 * 60 * 60 * 1000;

const PurgeSchema = z.object({
  olderThanDays: z.number().int().min(30).max(3650),
});

/** Full candidate export (GDPR / migration). */
// expect: missing-role-check
// ok: missing-auth
export async function GET() {
  try {
    const org = await requireOrg();

    // ok: unscoped-tenant-query
    const candidates = await prisma.candidate.findMany({
      where: { orgId: org.id },
      include: {
        applications: {
          select: { stage: true, createdAt: true, job: { select: { title: true } } },
        },
      },
      orderBy: { createdAt: 'asc' },
    });

    return NextResponse.json(
      { exportedAt: new Date().toISOString(), candidates },
      { headers: { 'Content-Disposition': `attachment; filename="${org.slug}-candidates.json"` } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}

/** Retention job: delete rejected applications older than N days. */
// expect: missing-role-check
export async function POST(req: Request) {
  try {
    const org = await requireOrg();
    const { olderThanDays } = PurgeSchema.parse(await req.json());
    const cutoff = new Date(Date.now() - olderThanDays * DAY_MS);

    const { count } = await prisma.application.deleteMany({
      where: { orgId: org.id, stage: 'REJECTED', updatedAt: { lt: cutoff } },
    });
    return NextResponse.json({ deleted: count });
  } catch (err) {
    return errorResponse(err);
  }
}
