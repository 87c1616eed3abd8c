import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, memberships, organizations } from '@/lib/db';
import { requireUser, toErrorResponse } from '@/lib/auth';
import { logger } from '@/lib/logger';

const CreateOrg = z.object({
  name: z.string().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

// ok: missing-auth
export async function GET() {
  try {
    const user = await requireUser();
    // ok: unscoped-tenant-query
    const rows = await db
      .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, user.id));
    return NextResponse.json(rows);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  try {
    const user = await requireUser();
    const input = CreateOrg.parse(await request.json());
    const org = await db.transaction(async (tx) => {
      const [created] = await tx.insert(organizations).values(input).returning();
      await tx.insert(memberships).values({ orgId: created.id, userId: user.id, role: 'owner' });
      return created;
    });
    // ok: token-logging
    logger.info({ orgId: org.id, userId: user.id }, 'organization created');
    return NextResponse.json(org, { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
