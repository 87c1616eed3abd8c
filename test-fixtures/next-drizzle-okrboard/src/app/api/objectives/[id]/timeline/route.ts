import { and, asc, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, keyResults, objectives } from '@/db';
import { requireOrg } from '@/lib/session';

// ok: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  const objective = await db.query.objectives.findFirst({ where: and(eq(objectives.id, id), eq(objectives.organizationId, orgId)) });
  // the objective above is never tested: another organization's id still returns its key results
  // expect: unscoped-tenant-query
  const timeline = await db.select().from(keyResults).where(eq(keyResults.objectiveId, id)).orderBy(asc(keyResults.title));
  return NextResponse.json({ objective: objective ?? null, keyResults: timeline });
}
