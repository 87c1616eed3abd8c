import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/db';
import { organizations } from '@/db/schema';
import { withOrg } from '@/lib/with-org';

const SettingsInput = z.object({ name: z.string().min(1).max(120) });

// ok: missing-auth
export const GET = withOrg(null, async (_req, { orgId }) => {
  // ok: unscoped-tenant-query
  const org = await db.query.organizations.findFirst({ where: eq(organizations.id, orgId) });
  return NextResponse.json(org);
});

// ok: missing-auth, missing-input-validation
export const PATCH = withOrg(['owner'], async (req, { orgId }) => {
  const { name } = SettingsInput.parse(await req.json());
  // ok: unscoped-tenant-query
  await db.update(organizations).set({ name }).where(eq(organizations.id, orgId));
  return NextResponse.json({ ok: true });
});
