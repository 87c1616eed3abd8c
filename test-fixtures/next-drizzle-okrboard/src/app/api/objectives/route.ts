import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, objectives } from '@/db';
import { auth } from '@/lib/auth';

const CreateObjective = z.object({
  title: z.string().min(3).max(140),
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
});

// ok: missing-auth
export async function GET(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const orgId = session.session.activeOrganizationId;
  if (!orgId) return NextResponse.json({ error: 'Pick an organization first' }, { status: 400 });
  const quarter = new URL(request.url).searchParams.get('quarter');
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(objectives)
    .where(and(eq(objectives.organizationId, orgId), quarter ? eq(objectives.quarter, quarter) : undefined))
    .orderBy(desc(objectives.createdAt));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const parsed = CreateObjective.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });
  const [created] = await db
    .insert(objectives)
    .values({
      id: randomUUID(),
      organizationId: session.session.activeOrganizationId,
      ownerId: session.user.id,
      ...parsed.data,
    })
    .returning();
  return NextResponse.json(created, { status: 201 });
}
