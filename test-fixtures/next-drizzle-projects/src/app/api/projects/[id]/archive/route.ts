import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/lib/auth';
import { db } from '@/db';
import { projects } from '@/db/schema';

// Auth.js v5 route wrapper: it adds req.auth, the handler decides what an anonymous request gets
// ok: missing-auth
export const POST = auth(async (req, { params }) => {
  if (!req.auth?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const id = (await params).id as string;
  // ok: unscoped-tenant-query
  await db.update(projects).set({ archived: true }).where(and(eq(projects.id, id), eq(projects.organizationId, req.auth.user.organizationId)));
  return new NextResponse(null, { status: 204 });
});

// the wrapper alone rejects nothing: this one never looks at req.auth
// expect: missing-auth
export const DELETE = auth(async (_req, { params }) => {
  const id = (await params).id as string;
  await db.update(projects).set({ archived: false }).where(eq(projects.id, id));
  return new NextResponse(null, { status: 204 });
});
